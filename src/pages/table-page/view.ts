/**
 * Everything the table page shows, computed with the API's query layer: the validated
 * query filters the rows once; those rows give the count and the facets, and are sorted,
 * paged and projected by runQuery as the API does. Cursors are the API's (same scope and
 * key), so a page's `next` is also a valid cursor of the JSON API for the same query.
 */
import type { TableData } from "../../data/store";
import type { Page } from "../../query/apply";
import { runQuery } from "../../query/apply";
import { encodeCursor } from "../../query/cursor";
import { applyFilters } from "../../query/filters";
import type { SortKey, TableQuery } from "../../query/types";
import type { PublishedRow } from "../../schema/bundle";
import type { ColumnDef } from "../../schema/columns";
import { inLang, type Lang } from "../lang";
import { downloads, pagePaths } from "../paths";
import { chipsOf, type Chip } from "./chips";
import { defaultView, labelColumn } from "./default-view";
import { facetsOf, type Facet } from "./facets";
import { canonicalPairs, href, LONG_QUERY, queryString, toPage, unpaged, type Pair } from "./links";

/** Rows per page when the URL gives no `_size` (the API's cap, MAX_SIZE, still bounds `_size`). */
export const PAGE_SIZE = 50;

export interface TablePageView {
  table: TableData;
  /** The page's path, without query. */
  path: string;
  /** The page's parameters, canonical order. */
  pairs: Pair[];
  /** The grid's columns. */
  columns: readonly ColumnDef[];
  /** Long texts folded behind each row's "展开" (the default view; none when `_fields` chooses the columns). */
  folded: readonly ColumnDef[];
  /** Every column of the table, for the column chooser. */
  allColumns: readonly ColumnDef[];
  /** Whether `_fields` chose the columns. */
  chosen: boolean;
  /** Whether the query is long (LONG_QUERY): it is then carried by one form, not by every link. */
  long: boolean;
  /** The label column (name, item …), kept in view while the amounts scroll. */
  label: string | null;
  rows: PublishedRow[];
  /** Rows matching the filters, over all pages. */
  total: number;
  /** Position of the first row shown (0-based). */
  offset: number;
  sort: readonly SortKey[];
  chips: Chip[];
  facets: Facet[];
  next: string | null;
  prev: string | null;
  downloads: ReturnType<typeof downloads>;
}


/** The page the URL asks for: where `_next` points (checked by resolvePage), `_size` rows or PAGE_SIZE. */
export function pageOf(params: URLSearchParams, query: TableQuery, resolved: Page): Page {
  return { offset: resolved.offset, size: params.has("_size") ? query.paging.size : PAGE_SIZE };
}

export function tablePageView(table: TableData, params: URLSearchParams, query: TableQuery, page: Page, key: string, lang: Lang = "zh"): TablePageView {
  const { dataset, meta } = table;
  // Computed before the page renders (outside its language's provider): the language is given.
  const path = inLang(pagePaths.table(dataset.id, meta.id), lang);
  const pairs = canonicalPairs(params);
  const matched = applyFilters(table.rows, query.filters);
  const result = runQuery(matched, table.columns, { ...query, filters: [] }, page);
  const cursor = (offset: number) => encodeCursor({ version: dataset.version, offset, key });
  const next = result.nextOffset === null ? null : href(path, toPage(pairs, cursor(result.nextOffset)));
  const prevOffset = page.offset - page.size;
  const prev = page.offset === 0 ? null : href(path, toPage(pairs, prevOffset > 0 ? cursor(prevOffset) : null));
  return {
    table,
    path,
    pairs,
    ...(query.fields !== null ? { columns: result.columns, folded: [] } : (({ shown, folded }) => ({ columns: shown, folded }))(defaultView(meta.id, result.columns))),
    allColumns: table.columns,
    chosen: query.fields !== null,
    long: queryString(pairs).length > LONG_QUERY,
    label: labelColumn(meta.id, table.columns),
    rows: result.rows,
    total: result.total,
    offset: page.offset,
    sort: query.sort,
    chips: chipsOf(pairs, query.filters),
    facets: facetsOf(matched, table.columns),
    next,
    prev,
    downloads: downloads(dataset.id, meta.id, queryString(unpaged(pairs))),
  };
}
