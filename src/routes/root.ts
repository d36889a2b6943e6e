/** GET /v1: the index of datasets and of every route. */
import { DOCS_PAGE } from "./docs";
import { jsonPayload, respond } from "../http/respond";
import { OPENAPI_PATH } from "../openapi/path";
import { type ApiRoute, JSON_ONLY } from "./route";
import type { AppContext } from "./context";
import { negotiated } from "./negotiated";
import { API_PATHS, honoPath, urls } from "../spec/links";
import { DOC_PARAMS } from "../spec/params";

/** The index names this many datasets: it stays small at any N (/v1/datasets lists them all, paged). */
export const DATASETS_IN_INDEX = 20;

export async function index(c: AppContext): Promise<Response> {
  const url = c.var.url;
  const { format } = negotiated(c);
  const catalog = await c.var.store.getCatalog();
  const links = urls(url.origin);
  return respond({
    request: c.req.raw,
    version: catalog.version,
    format,
    render: () =>
      jsonPayload({
        name: "Budget disclosure API",
        description: "Chinese department budget disclosures (部门预算公开) as validated tables: JSON, CSV and NDJSON, amounts in 万元 or exact yuan.",
        version: catalog.version,
        datasets: catalog.datasets.slice(0, DATASETS_IN_INDEX).map((d) => ({ id: d.id, title_zh: d.title_zh, title_en: d.title_en, year: d.year, url: links.dataset(d.id) })),
        datasets_total: catalog.datasets.length,
        links: { self: links.index, datasets: links.datasets, search: links.search, problems: links.problems, openapi: url.origin + OPENAPI_PATH, docs: url.origin + DOCS_PAGE.path },
        routes: c.var.routes.map((r) => ({ name: r.name, path: r.template, summary: r.summary, formats: [...r.formats] })),
      }),
  });
}

export const indexRoute = { name: "index", path: honoPath(API_PATHS.index), template: API_PATHS.index, summary: "Index: datasets and links to every resource.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "indexSchema", handler: index } satisfies ApiRoute;
