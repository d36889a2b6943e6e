/** GET /v1/search?q=: projects, indicators and budget lines whose text contains every term, across datasets. */
import { ProblemError } from "../lib/problem";
import { withParam } from "../http/headers";
import { jsonPayload, respond } from "../http/respond";
import { encodeCursor, queryKey } from "../query/cursor";
import { didYouMean, listSome } from "../lib/suggest";
import { searchTerms } from "../search/terms";
import { findHits, queryErrors, SEARCH_SIZES } from "../search/run";
import { SEARCH_TABLES } from "../schema/search-scope";
import { resolvePage } from "./common";
import { type ApiRoute, JSON_ONLY } from "./route";
import type { AppContext } from "./context";
import { negotiated } from "./negotiated";
import { API_PATHS, honoPath, urls } from "../spec/links";
import { SEARCH_EXTRA, SEARCH_RESERVED } from "../spec/params";

export async function search(c: AppContext): Promise<Response> {
  const store = c.var.store;
  const url = c.var.url;
  const { query, format } = negotiated(c, { sizes: SEARCH_SIZES });
  const catalog = await store.getCatalog();
  const { q = "", dataset, table } = query.extra;
  const terms = searchTerms(q);
  const errors = queryErrors(q, terms, true);
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
      const found = await findHits(store, { terms, dataset, table, offset: page.offset, size: page.size });
      const hits = found.hits.map(({ dataset: d, table: t, id, title, match, matches, row }) => ({ dataset: d, table: t, id, title, url: links.row(d, t, id), match, matches, row }));
      const end = page.offset + page.size;
      const next = end < found.total ? withParam(url, "_next", encodeCursor({ version: catalog.version, offset: end, key })) : null;
      return jsonPayload({ q, terms, version: catalog.version, total: found.total, hits, next }, next);
    },
  });
}

export const searchRoute = { name: "search", path: honoPath(API_PATHS.search), template: API_PATHS.search, summary: "Projects, indicators and budget lines containing every word of q, across datasets, ranked (the phrase, then every word in one field, then in the row) and paged.", formats: JSON_ONLY, params: [...SEARCH_EXTRA, ...SEARCH_RESERVED], filters: false, response: "searchSchema", handler: search } satisfies ApiRoute;
