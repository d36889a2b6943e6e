/** Which reserved parameters each kind of endpoint accepts. */
import type { ReservedName } from "../query/parse";

/** Table rows: the whole query language. */
export const TABLE_PARAMS: readonly ReservedName[] = ["_sort", "_fields", "_size", "_next", "_unit", "_bom", "_header", "_excel", "_guard", "format"];
/** Aggregates: grouping, sorting and selecting the output, units and formats; no paging. */
export const AGGREGATE_PARAMS: readonly ReservedName[] = ["_group", "_sort", "_fields", "_unit", "_bom", "_header", "_excel", "_guard", "format"];
/** Aggregates: which table to sum (facts, or budget lines when asked for explicitly). */
export const AGGREGATE_EXTRA = ["source", "_raw"] as const;
/** One row. */
export const ROW_PARAMS: readonly ReservedName[] = ["_fields", "_unit", "format"];
/** JSON documents without a query language. */
export const DOC_PARAMS: readonly ReservedName[] = ["format"];
/** Checks: filter by outcome and kind; amounts in either unit. */
export const CHECKS_RESERVED: readonly ReservedName[] = ["_unit", "format"];
export const CHECKS_EXTRA = ["pass", "kind"] as const;
/** Search: the text, optional scope, paging. */
export const SEARCH_RESERVED: readonly ReservedName[] = ["_size", "_next", "format"];
export const SEARCH_EXTRA = ["q", "dataset", "table"] as const;
/** The catalogue: filter by department, year and kind; paged like the tables. */
export const DATASETS_RESERVED: readonly ReservedName[] = ["_size", "_next", "format"];
export const DATASETS_EXTRA = ["department", "year", "kind"] as const;
