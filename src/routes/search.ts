/** GET /v1/search?q=: projects, indicators and budget lines whose text contains every term, across datasets. */
import { loadTables } from "../search/load-tables";
import { ProblemError } from "../http/problem";
import { withParam } from "../http/headers";
import { jsonPayload, respond } from "../http/respond";
import { encodeCursor, queryKey } from "../query/cursor";
import { didYouMean, listSome } from "../query/suggest";
import { matchRow, searchableColumns, searchTerms } from "../search/match";
import { SEARCH_TABLES } from "../search/scope";
import { requireFormat, requireQuery, resolvePage } from "./common";
import type { AppContext } from "./context";
import { urls } from "./links";
import { SEARCH_EXTRA, SEARCH_RESERVED } from "./params";

const MAX_QUERY = 200;
/** Every term is a pass over every searched row, so the cost of a search is capped by capping them. */
export const MAX_TERMS = 8;
export const MAX_TERM_LENGTH = 50;

export async function search(c: AppContext): Promise<Response> {
  const store = c.var.store;
  const url = new URL(c.req.url);
  const query = requireQuery(url.searchParams, { reserved: SEARCH_RESERVED, extra: SEARCH_EXTRA, formats: ["json"] });
  const format = requireFormat(c.req.raw, null, query, ["json"]);
  const catalog = await store.getCatalog();
  const { q = "", dataset, table } = query.extra;
  const terms = searchTerms(q);
  const errors = [];
  if (terms.length === 0) errors.push({ param: "q", message: "q is required: the text to find, e.g. q=培训 (several words: every one must occur)." });
  if (q.length > MAX_QUERY) errors.push({ param: "q", message: `q is limited to ${MAX_QUERY} characters.` });
  else if (terms.length > MAX_TERMS) errors.push({ param: "q", message: `q has ${terms.length} words; at most ${MAX_TERMS} are searched for at once.` });
  else if (terms.some((t) => t.length > MAX_TERM_LENGTH)) errors.push({ param: "q", message: `A word of q is limited to ${MAX_TERM_LENGTH} characters.` });
  const datasetIds = catalog.datasets.map((d) => d.id);
  if (dataset !== undefined && !datasetIds.includes(dataset)) {
    errors.push({ param: "dataset", message: `No dataset '${dataset}'.${didYouMean(dataset, datasetIds)} Datasets: ${listSome(datasetIds)}.` });
  }
  const tableIds = SEARCH_TABLES.map((t) => t.table);
  if (table !== undefined && !tableIds.includes(table)) {
    errors.push({ param: "table", message: `Search covers the tables ${tableIds.join(", ")}, not '${table}'.${didYouMean(table, tableIds)}` });
  }
  if (errors.length) throw new ProblemError("invalid-query", `Invalid query parameter${errors.length > 1 ? "s" : ""}: ${errors.map((e) => e.param).join(", ")}.`, errors);
  const key = queryKey("search", url.searchParams);
  const page = resolvePage(query, format, catalog.version, key)!;
  const links = urls(url.origin);

  return respond({
    request: c.req.raw,
    version: catalog.version,
    format,
    render: async () => {
      const hits = [];
      const wanted = catalog.datasets
        .filter((d) => dataset === undefined || d.id === dataset)
        .flatMap((d) => SEARCH_TABLES.filter((scope) => table === undefined || scope.table === table).map((scope) => ({ dataset: d.id, table: scope.table, scope })));
      const loaded = await loadTables(store, wanted);
      for (const [i, { dataset: datasetId, scope }] of wanted.entries()) {
        const data = loaded[i];
        if (!data) continue;
        const columns = searchableColumns(data.columns);
        for (const row of data.rows) {
          const matches = matchRow(row, columns, terms);
          if (!matches) continue;
          const id = String(row.id);
          hits.push({ dataset: datasetId, table: scope.table, id, title: row[scope.title] ?? null, url: links.row(datasetId, scope.table, id), matches, row });
        }
      }
      const end = page.offset + page.size;
      const next = end < hits.length ? withParam(url, "_next", encodeCursor({ version: catalog.version, offset: end, key })) : null;
      return jsonPayload({ q, terms, version: catalog.version, total: hits.length, hits: hits.slice(page.offset, end), next }, next);
    },
  });
}
