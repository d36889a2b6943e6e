/**
 * GET /v1/datasets: the datasets with department, year, kind, unit, version and row counts,
 * filtered by department, year and kind, and paged like table rows, so the answer stays
 * small however many disclosures the catalogue holds.
 */
import { withParam } from "../http/headers";
import { jsonPayload, respond } from "../http/respond";
import { selectDatasets } from "../query/catalog";
import { encodeCursor, queryKey } from "../query/cursor";
import { resolvePage } from "./common";
import { type ApiRoute, JSON_ONLY } from "./route";
import type { AppContext } from "./context";
import { negotiated } from "./negotiated";
import { API_PATHS, honoPath, urls } from "../spec/links";
import { DATASETS_EXTRA, DATASETS_RESERVED } from "../spec/params";

export async function listDatasets(c: AppContext): Promise<Response> {
  const url = c.var.url;
  const { query, format } = negotiated(c);
  const catalog = await c.var.store.getCatalog();
  const key = queryKey("datasets", url.searchParams);
  const page = resolvePage(query, format, catalog.version, key)!;
  const links = urls(url.origin);
  const matching = selectDatasets(catalog.datasets, query.extra);
  const end = page.offset + page.size;
  const next = end < matching.length ? withParam(url, "_next", encodeCursor({ version: catalog.version, offset: end, key })) : null;
  return respond({
    request: c.req.raw,
    version: catalog.version,
    format,
    render: () =>
      jsonPayload(
        {
          version: catalog.version,
          total: matching.length,
          datasets: matching.slice(page.offset, end).map((d) => ({
            id: d.id,
            title_zh: d.title_zh,
            title_en: d.title_en,
            department: d.department,
            year: d.year,
            kind: d.kind,
            unit: d.unit,
            version: d.version,
            row_counts: d.row_counts,
            url: links.dataset(d.id),
          })),
          next,
        },
        next,
      ),
  });
}

export const datasetsRoute = { name: "datasets", path: honoPath(API_PATHS.datasets), template: API_PATHS.datasets, summary: "The datasets, one per source document: department, year, kind, unit, version, row counts; filtered by department, year and kind, and paged (_size, _next).", formats: JSON_ONLY, params: [...DATASETS_EXTRA, ...DATASETS_RESERVED], filters: false, response: "datasetListSchema", handler: listDatasets } satisfies ApiRoute;
