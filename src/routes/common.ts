/** Steps every handler shares: find the dataset or table (404), parse the query (400), pick the format (406), resolve the page (410). */
import type { DataStore, DatasetRecord, TableData } from "../data/store";
import { negotiate } from "../http/negotiate";
import { ProblemError } from "../lib/problem";
import type { Page } from "../query/apply";
import { parseQuery, type QuerySpec } from "../query/parse";
import { didYouMean, listSome } from "../query/suggest";
import type { TableQuery } from "../query/types";
import { FORMATS, type Format } from "../lib/media-types";

/** The dataset, or a 404 that lists the datasets. */
export async function requireDataset(store: DataStore, id: string): Promise<DatasetRecord> {
  const dataset = await store.getDataset(id);
  if (dataset) return dataset;
  const ids = (await store.getCatalog()).datasets.map((d) => d.id);
  throw new ProblemError("not-found", `No dataset '${id}'.${didYouMean(id, ids)} Datasets: ${listSome(ids)}.`);
}

/** The table, or a 404 that lists the dataset's tables. */
export async function requireTable(store: DataStore, datasetId: string, tableId: string): Promise<TableData> {
  const table = await store.getTable(datasetId, tableId);
  if (table) return table;
  const { meta } = await requireDataset(store, datasetId);
  const ids = meta.tables.map((t) => t.id);
  // projects.xls, projects.tsv: a table with a format this API does not offer.
  const dot = tableId.lastIndexOf(".");
  if (dot > 0 && ids.includes(tableId.slice(0, dot))) {
    const base = tableId.slice(0, dot);
    throw new ProblemError(
      "not-found",
      `No format '${tableId.slice(dot)}' for table '${base}'. Formats offered: ${FORMATS.map((f) => `.${f}`).join(", ")} (e.g. ${base}.xlsx for Excel and WPS, ${base}.csv for programs).`,
    );
  }
  throw new ProblemError("not-found", `No table '${tableId}' in dataset '${datasetId}'.${didYouMean(tableId, ids)} Tables: ${ids.join(", ")}.`);
}

/** The parsed query, or a 400 naming every bad parameter. */
export function requireQuery(params: URLSearchParams, spec: QuerySpec): TableQuery {
  const parsed = parseQuery(params, spec);
  if (parsed.ok) return parsed.value;
  const names = [...new Set(parsed.errors.map((e) => e.param))].join(", ");
  throw new ProblemError("invalid-query", `Invalid query parameter${parsed.errors.length > 1 ? "s" : ""}: ${names}.`, parsed.errors);
}

/** How much of a request header a problem repeats. */
const MAX_ECHO = 200;

/** The negotiated format, or a 406. */
export function requireFormat(request: Request, extension: Format | null, query: TableQuery, offered: readonly Format[]): Format {
  const accept = request.headers.get("Accept");
  const format = negotiate({ extension, param: query.format, accept }, offered);
  if (format) return format;
  const shown = accept !== null && accept.length > MAX_ECHO ? `${accept.slice(0, MAX_ECHO)}…` : accept;
  throw new ProblemError("not-acceptable", `Accept: ${shown} rules out every format offered here (${offered.join(", ")}). Use ?format= or a .json/.csv/.ndjson/.xlsx extension.`);
}

/**
 * The page to serve: JSON always pages; CSV and NDJSON return every row unless `_size` or
 * `_next` is given. A cursor must come from this data version and this query.
 */
export function resolvePage(query: TableQuery, format: Format, version: string, key: string): Page | null {
  if (format !== "json" && !query.paging.explicit) return null;
  let offset = 0;
  const cursor = query.paging.cursor;
  if (cursor) {
    if (cursor.key !== key) {
      throw new ProblemError("invalid-query", "This cursor was issued for another query.", [
        { param: "_next", message: "The cursor belongs to a request with other filters, sort or unit; keep those parameters as they were, or drop _next." },
      ]);
    }
    if (cursor.version !== version) {
      throw new ProblemError("stale-cursor", `This cursor belongs to data version ${cursor.version}; the data is now version ${version}. Start again from the first page.`, [
        { param: "_next", message: `Cursor for version ${cursor.version}, current version ${version}.` },
      ]);
    }
    offset = cursor.offset;
  }
  return { offset, size: query.paging.size };
}
