/** Runs a parsed query over rows: convert units, filter, sort, page, select columns. */
import type { PublishedRow } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import { applyFilters } from "./filters";
import { sortRows } from "./sort";
import type { TableQuery } from "./types";
import { convertRows } from "./units";

export interface Page {
  offset: number;
  size: number;
}

export interface QueryResult {
  columns: readonly ColumnDef[];
  rows: PublishedRow[];
  /** Rows matching the filters, over all pages. */
  total: number;
  /** Offset of the next page, or null on the last page (or when not paged). */
  nextOffset: number | null;
}

/** Columns in `_fields` order, or all of them. */
export function selectColumns(columns: readonly ColumnDef[], fields: readonly string[] | null): readonly ColumnDef[] {
  if (!fields) return columns;
  return fields.map((f) => columns.find((c) => c.name === f)).filter((c): c is ColumnDef => c !== undefined);
}

/** Rows reduced to the given columns, in their order. */
export function projectRows(rows: readonly PublishedRow[], columns: readonly ColumnDef[]): PublishedRow[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null])));
}

/** Applies `query` to `rows`; `page` null returns every matching row. */
export function runQuery(rows: readonly PublishedRow[], columns: readonly ColumnDef[], query: TableQuery, page: Page | null): QueryResult {
  const converted = convertRows(rows, columns, query.unit);
  const matched = sortRows(applyFilters(converted, query.filters), query.sort);
  const slice = page ? matched.slice(page.offset, page.offset + page.size) : matched;
  const end = page ? page.offset + slice.length : matched.length;
  const selected = selectColumns(columns, query.fields);
  return {
    columns: selected,
    rows: projectRows(slice, selected),
    total: matched.length,
    nextOffset: page && end < matched.length ? end : null,
  };
}
