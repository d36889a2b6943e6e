/** Types of a parsed query: filters, sort, projection, paging, unit and output options. */
import type { ColumnDef } from "../schema/columns";
import type { Cursor } from "./cursor";
import type { Format } from "../lib/media-types";
import type { Unit } from "../lib/money";
import type { ParamError } from "../lib/problem";

export const OPERATORS = ["exact", "ne", "gt", "gte", "lt", "lte", "in", "contains", "startswith", "isnull"] as const;
export type Operator = (typeof OPERATORS)[number];

export type FilterValue = string | number;

export interface Filter {
  /** The query parameter as written, for error messages. */
  param: string;
  column: ColumnDef;
  op: Operator;
  /** One value, a list (`in`) or a flag (`isnull`). */
  value: FilterValue | FilterValue[] | boolean;
}

export interface SortKey {
  column: string;
  desc: boolean;
}

export interface CsvOptions {
  bom: boolean;
  header: "names" | "labels";
  /** For Excel: Chinese value labels, codes as ="08", formula guard (and labels header unless _header says otherwise). */
  excel: boolean;
  /** Prefix text a spreadsheet would run as a formula with ' (default: on with excel, off in plain CSV, which is exact). */
  guard?: boolean;
}

export interface Paging {
  size: number;
  /** True when `_size` or `_next` was given: CSV and NDJSON then page too. */
  explicit: boolean;
  /** The decoded `_next`; checked against the data version by the route. */
  cursor: Cursor | null;
}

/** Everything a table request asks for, after validation. */
export interface TableQuery {
  filters: Filter[];
  sort: SortKey[];
  fields: string[] | null;
  paging: Paging;
  unit: Unit;
  csv: CsvOptions;
  format: Format | null;
  /** `_group` of the aggregate endpoint (column names, aliases resolved). */
  group: string[];
  /** Other named parameters an endpoint accepts (e.g. `q`), raw. */
  extra: Record<string, string>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ParamError[] };
