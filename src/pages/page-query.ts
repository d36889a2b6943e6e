/**
 * What query string a page takes. Most pages take none: an unknown parameter is the API's
 * usual 400, never a page rendered (and cached) once more under another URL. The table
 * page takes the table query of the API (filters, sort, paging, columns), parsed by the
 * API's own parser, so its 400s say what the API's say.
 */
import { ProblemError } from "../lib/problem";
import { parseQuery, type ReservedName } from "../query/parse";
import type { TableQuery } from "../query/types";
import { requireQuery } from "../routes/common";
import type { ColumnDef } from "../schema/columns";

/** Which query a page route takes: none, the table query (checked by its handler, which knows the columns), the search page's q and _next, or the dataset list's filters and _next. */
export type PageQuery = "none" | "table" | "search" | "datasets";

/** The problem with a page's query string, or null when it has none. */
export function pageQueryProblem(url: URL): ProblemError | null {
  const parsed = parseQuery(url.searchParams, { reserved: [], formats: [] });
  if (parsed.ok) return null;
  const names = [...new Set(parsed.errors.map((e) => e.param))].join(", ");
  return new ProblemError("invalid-query", `This page takes no query parameters: ${names}.`, parsed.errors);
}

/**
 * The table page's reserved parameters: what selects and orders the rows and which page of
 * them; no format or CSV options (the page is HTML; its download links carry those).
 */
export const TABLE_PAGE_PARAMS: readonly ReservedName[] = ["_sort", "_fields", "_size", "_next"];

/** The table page's query, or the API's 400 naming every bad parameter. */
export function tablePageQuery(params: URLSearchParams, columns: readonly ColumnDef[]): TableQuery {
  return requireQuery(params, { filterColumns: columns, reserved: TABLE_PAGE_PARAMS, formats: [] });
}
