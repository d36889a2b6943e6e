/** Parameter objects: what each path and query parameter of the API means, typed for OpenAPI. */
import { DEFAULT_SIZE, MAX_SIZE, type ReservedName } from "../query/parse";
import { GROUP_CHOICES } from "../query/aggregate";
import { OPERATORS } from "../query/types";
import type { Format } from "../lib/media-types";
import { CHECK_KINDS } from "../schema/check-kinds";
import { SEARCH_SIZES } from "../search/run";
import { SEARCH_TABLES } from "../schema/search-scope";
import type { JsonSchema, Parameter } from "./types";

const commaList = (items: JsonSchema = { type: "string" }): JsonSchema => ({ type: "array", items, minItems: 1 });
const flag: JsonSchema = { type: "string", enum: ["1", "0", "true", "false"] };

/** Path parameters by name (the names of the Hono patterns). */
export const PATH_PARAMS: Record<string, Omit<Parameter, "in" | "required" | "examples">> = {
  dataset: { name: "dataset", description: "Dataset id, `<year>-<8 hex of the department>` (数据集编号). `GET /v1/datasets` lists them.", schema: { type: "string" } },
  table: {
    name: "table",
    description: "Table id (表编号), e.g. one listed by `GET /v1/datasets/{dataset}/tables`. Append `.json`, `.csv`, `.ndjson` or `.xlsx` to choose the format by extension.",
    schema: { type: "string" },
  },
  id: { name: "id", description: "Row id (行编号): the `id` column of the table.", schema: { type: "string" } },
  type: { name: "type", description: "Problem type slug, the last segment of a problem body's `type`.", schema: { type: "string" } },
};

/** The reserved query parameters (`_name` and `format`). */
const RESERVED: Record<ReservedName, Omit<Parameter, "in">> = {
  _sort: {
    name: "_sort",
    description: "Sort by these columns (排序), comma-separated; `-` before a name sorts descending. Stable; nulls sort last either way.",
    schema: commaList(),
    style: "form",
    explode: false,
  },
  _fields: { name: "_fields", description: "Return only these columns (字段), in this order, comma-separated.", schema: commaList(), style: "form", explode: false },
  _size: { name: "_size", description: `Rows per page (每页行数). JSON always pages (default ${DEFAULT_SIZE}); CSV, NDJSON and XLSX page only when _size or _next is given.`, schema: { type: "integer", minimum: 1, maximum: MAX_SIZE, default: DEFAULT_SIZE } },
  _next: { name: "_next", description: "Opaque cursor of the next page (下一页): follow the `next` URL of the body or the `Link: rel=\"next\"` header. A cursor from an older data version is a 410; from another query a 400.", schema: { type: "string" } },
  _unit: { name: "_unit", description: "Unit of amounts (金额单位): `wan` (万元 as printed, the default) or `yuan` (元, exact integers). Filter values on amount columns are read in the same unit.", schema: { type: "string", enum: ["wan", "yuan", "万元", "元"], default: "wan" } },
  _bom: { name: "_bom", description: "CSV: start with a UTF-8 byte-order mark so Excel reads Chinese correctly (default 1); 0 leaves it out.", schema: flag },
  _header: { name: "_header", description: "CSV header row: `names` (column names, the default) or `labels` (中文列名, amount columns with their unit; the default with `_excel=1`).", schema: { type: "string", enum: ["names", "labels"], default: "names" } },
  _guard: { name: "_guard", description: "CSV formula guard: 1 gives text a spreadsheet would run as a formula (`=100%`) a leading `'`; 0 writes text exactly as published. Default: on with `_excel=1`, off in plain CSV, which is exact (a target `=100%` is written `=100%`).", schema: flag },
  _excel: { name: "_excel", description: "CSV for Excel (1): Chinese headers (unless `_header=names`), coded values in their Chinese words (`general_budget` → 一般公共预算), the formula guard on, and codes and digit-only text written as `=\"08\"` so leading zeros survive. Default 0: plain CSV for programs. For people, the `.xlsx` format is better still.", schema: flag },
  _group: {
    name: "_group",
    description: "Group by these keys (分组), comma-separated: any dimension of the facts (类/款/项 = class_code/section_code/code add the official names; direction, spending, economic_kind, fund, appropriation, revenue_source, unit_code, table, measure), and on /v1/aggregate dataset, department, year. With source=budget-lines: class_code, section_code, code, table, measure, fund.",
    schema: commaList({ type: "string", enum: Object.keys(GROUP_CHOICES) }),
    style: "form",
    explode: false,
  },
  format: { name: "format", description: "Response format when no extension is given; wins over the Accept header.", schema: { type: "string" } },
};

/** Named parameters some endpoints take besides the reserved ones. */
const EXTRA: Record<string, Omit<Parameter, "in">> = {
  q: { name: "q", description: "Text to find (检索词); several words separated by spaces must all occur (at most 8 words of 2 to 50 characters). Case and full/half width are ignored. Hits are ranked: the words as typed next to each other, then all in one field, then all in the row; a title before a label before long text.", required: true, schema: { type: "string", minLength: 1, maxLength: 200 } },
  dataset: { name: "dataset", description: "Only this dataset (数据集编号).", schema: { type: "string" } },
  table: { name: "table", description: "Only this table.", schema: { type: "string", enum: SEARCH_TABLES.map((t) => t.table) } },
  source: { name: "source", description: "What aggregate sums (汇总对象): `facts` (the default; amounts none of which is part of another) or `budget-lines` (every printed amount; needs `_raw=1` and is then refused unless the lines are item lines of one table and one measure that do not overlap).", schema: { type: "string", enum: ["facts", "budget-lines"], default: "facts" } },
  _raw: { name: "_raw", description: "With source=budget-lines: 1 to sum budget lines as they are (原始求和), under the rules of `source`.", schema: { type: "string", enum: ["1"] } },
  pass: { name: "pass", description: "Only checks that pass (`true`) or fail (`false`).", schema: { type: "string", enum: ["true", "false", "1", "0"] } },
  kind: { name: "kind", description: "Only checks of this kind.", schema: { type: "string", enum: [...CHECK_KINDS] } },
};

/** Parameters whose meaning depends on the endpoint: the catalogue's `kind` is a dataset's kind, not a check's. */
const EXTRA_BY_ROUTE: Record<string, Record<string, Omit<Parameter, "in">>> = {
  search: {
    _size: { name: "_size", description: `Hits per page (每页条数), default ${SEARCH_SIZES.default}: each hit is a row read, so pages stay small.`, schema: { type: "integer", minimum: 1, maximum: SEARCH_SIZES.max, default: SEARCH_SIZES.default } },
  },
  datasets: {
    department: { name: "department", description: "Only datasets of this department (部门), its name exactly as in `department`.", schema: { type: "string", maxLength: 1000 } },
    year: { name: "year", description: "Only datasets of this year (年度), four digits.", schema: { type: "string", pattern: "^[0-9]{4}$" } },
    kind: { name: "kind", description: "Only datasets of this kind (类型): `budget` (预算) or `final-accounts` (决算).", schema: { type: "string" } },
  },
};

/** The free-form column filters of table rows and aggregates. */
export const FILTERS_PARAM: Omit<Parameter, "examples"> = {
  name: "filters",
  in: "query",
  description:
    "Column filters (筛选), any number, ANDed: `col=value` or `col__op=value` with op one of " +
    OPERATORS.map((o) => `\`${o}\``).join(", ") +
    ". Values are typed by the column (amounts compare as numbers, codes as strings, keeping their zeros); `in` takes a comma list, `isnull` true/false; `contains`/`startswith` ignore case and full/half width. Comparisons never match null; `ne` is the complement of `exact`. The columns are those of the response's `columns`.",
  schema: { type: "object", additionalProperties: { type: "string" } },
  style: "form",
  explode: true,
};

/** The query parameter objects of an endpoint, in the order given. */
export function queryParams(names: readonly string[], formats: readonly Format[], route?: string): Parameter[] {
  return names.map((name) => {
    const spec = (route ? EXTRA_BY_ROUTE[route]?.[name] : undefined) ?? (RESERVED as Record<string, Omit<Parameter, "in">>)[name] ?? EXTRA[name];
    if (!spec) throw new Error(`No documentation for query parameter '${name}'`);
    const schema = name === "format" ? { type: "string", enum: [...formats] } : spec.schema;
    return { ...spec, in: "query", schema };
  });
}
