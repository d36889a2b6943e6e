/**
 * Parses a query string into a TableQuery, Datasette style: `col=value`, `col__op=value`,
 * and reserved `_name` parameters. Every problem is collected as {param, message}.
 */
import type { ColumnDef } from "../schema/columns";
import { decodeCursor } from "./cursor";
import { parseFilter } from "./filters";
import { columnHint, resolveColumn } from "./column-names";
import { didYouMean } from "../lib/suggest";
import type { Parsed, TableQuery } from "./types";
import { FORMATS, type Format } from "../lib/media-types";
import type { ParamError } from "../lib/problem";
import { parseFlag } from "./values";

export const DEFAULT_SIZE = 100;
export const MAX_SIZE = 1000;

export const RESERVED = ["_sort", "_fields", "_size", "_next", "_unit", "_bom", "_header", "_excel", "_guard", "_group", "format"] as const;
export type ReservedName = (typeof RESERVED)[number];

/** What one endpoint accepts. */
export interface QuerySpec {
  /** Columns that `col=value` filters may name; none when the endpoint has no filters. */
  filterColumns?: readonly ColumnDef[];
  /** Columns `_sort` and `_fields` may name, given `_group` (default: the filter columns). */
  outputColumns?: (group: readonly string[]) => readonly ColumnDef[];
  reserved: readonly ReservedName[];
  /** Other named parameters (e.g. `q`), passed through raw. */
  extra?: readonly string[];
  formats: readonly Format[];
  /** `_group` choices: accepted spelling → column name. */
  groups?: Readonly<Record<string, string>>;
  /** Page sizes where they differ from a table's (DEFAULT_SIZE, at most MAX_SIZE). */
  sizes?: { default: number; max: number };
}

const UNITS: Record<string, "wan" | "yuan"> = { wan: "wan", 万元: "wan", yuan: "yuan", 元: "yuan" };

function list(raw: string): string[] {
  return raw.split(",").map((s) => s.trim());
}

/** Validates `params` against `spec`; on success every field of TableQuery is filled with defaults. */
export function parseQuery(params: URLSearchParams, spec: QuerySpec): Parsed<TableQuery> {
  const errors: ParamError[] = [];
  const query: TableQuery = {
    filters: [],
    sort: [],
    fields: null,
    paging: { size: spec.sizes?.default ?? DEFAULT_SIZE, explicit: false, cursor: null },
    unit: "wan",
    csv: { bom: true, header: "names", excel: false },
    format: null,
    group: [],
    extra: {},
  };
  const reserved = new Map<ReservedName, string>();
  const seen = new Set<string>();
  const named = [...spec.reserved, ...(spec.extra ?? [])];

  for (const [param, raw] of params) {
    const isReserved = (RESERVED as readonly string[]).includes(param);
    if (isReserved || spec.extra?.includes(param)) {
      if (seen.has(param)) {
        errors.push({ param, message: `'${param}' is given more than once; give it once.` });
        continue;
      }
      seen.add(param);
    }
    if (isReserved) {
      if (spec.reserved.includes(param as ReservedName)) reserved.set(param as ReservedName, raw);
      else errors.push({ param, message: `'${param}' does not apply here. Parameters here: ${named.join(", ") || "none"}.` });
    } else if (spec.extra?.includes(param)) {
      query.extra[param] = raw;
    } else if (param.startsWith("_") || !spec.filterColumns) {
      errors.push({ param, message: `Unknown parameter '${param}'.${didYouMean(param, named)} Parameters here: ${named.join(", ") || "none"}${spec.filterColumns ? ", and column filters" : ""}.` });
    } else {
      const f = parseFilter(param, raw, spec.filterColumns);
      if ("op" in f) query.filters.push(f);
      else errors.push(f);
    }
  }

  parseGroup(reserved.get("_group"), spec, query, errors);
  const output = spec.outputColumns?.(query.group) ?? spec.filterColumns ?? [];
  const outputNames = output.map((c) => c.name);
  /** The column's name, for a name or a Chinese label (resolveColumn); null after recording the error. */
  const checkColumn = (param: string, word: string): string | null => {
    if (outputNames.includes(word)) return word;
    if (word === "") {
      errors.push({ param, message: `${param} has an empty item; write column names separated by commas.` });
      return null;
    }
    const alias = resolveColumn(word, output);
    if (alias) return alias.name;
    errors.push({ param, message: `Unknown column '${word}'.${columnHint(word, output)} Columns: ${outputNames.join(", ")}.` });
    return null;
  };

  for (const [param, raw] of reserved) {
    switch (param) {
      case "_sort":
        for (const item of list(raw)) {
          const desc = item.startsWith("-");
          const name = checkColumn(param, desc ? item.slice(1) : item);
          if (name !== null) query.sort.push({ column: name, desc });
        }
        break;
      case "_fields": {
        const names = list(raw).flatMap((n) => checkColumn(param, n) ?? []);
        query.fields = [...new Set(names)];
        break;
      }
      case "_size": {
        const n = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
        const max = spec.sizes?.max ?? MAX_SIZE;
        if (n >= 1 && n <= max) query.paging = { ...query.paging, size: n, explicit: true };
        else errors.push({ param, message: `_size takes a whole number from 1 to ${max}, not '${raw}'.` });
        break;
      }
      case "_next": {
        const cursor = decodeCursor(raw);
        if (cursor) query.paging = { ...query.paging, cursor, explicit: true };
        else errors.push({ param, message: "Not a cursor issued by this API: follow the `next` link of the previous page." });
        break;
      }
      case "_unit":
        if (Object.hasOwn(UNITS, raw)) query.unit = UNITS[raw];
        else errors.push({ param, message: `_unit takes wan (万元, the default) or yuan (元, exact integers), not '${raw}'.` });
        break;
      case "_bom":
      case "_excel":
      case "_guard": {
        const flag = parseFlag(raw);
        if (flag === null) errors.push({ param, message: `${param} takes 1 or 0, not '${raw}'.` });
        else if (param === "_bom") query.csv.bom = flag;
        else if (param === "_guard") query.csv.guard = flag;
        else query.csv.excel = flag;
        break;
      }
      case "_header":
        if (raw === "names" || raw === "labels") query.csv.header = raw;
        else errors.push({ param, message: `_header takes names (column names, the default) or labels (Chinese labels), not '${raw}'.` });
        break;
      case "format":
        if ((spec.formats as readonly string[]).includes(raw)) query.format = raw as Format;
        else {
          const known = (FORMATS as readonly string[]).includes(raw);
          errors.push({ param, message: `${known ? `format '${raw}' is not offered here` : `Unknown format '${raw}'`}; formats here: ${spec.formats.join(", ")}.` });
        }
        break;
    }
  }
  // The Excel variant is for people: Chinese headers unless _header asks for names.
  if (query.csv.excel && !reserved.has("_header")) query.csv.header = "labels";
  return errors.length ? { ok: false, errors } : { ok: true, value: query };
}

function parseGroup(raw: string | undefined, spec: QuerySpec, query: TableQuery, errors: ParamError[]): void {
  if (raw === undefined || !spec.groups) return;
  const choices = Object.keys(spec.groups);
  for (const item of list(raw)) {
    const column = Object.hasOwn(spec.groups, item) ? spec.groups[item] : undefined;
    if (column === undefined) {
      errors.push({ param: "_group", message: `Cannot group by '${item}'.${didYouMean(item, choices)} Choices: ${choices.join(", ")}.` });
    } else if (!query.group.includes(column)) {
      query.group.push(column);
    }
  }
}
