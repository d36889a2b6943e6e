/** GET /v1/datasets: every dataset with department, year, kind, unit, version and row counts. */
import { jsonPayload, respond } from "../http/respond";
import { requireFormat, requireQuery } from "./common";
import type { AppContext } from "./context";
import { urls } from "./links";
import { DOC_PARAMS } from "./params";

export async function listDatasets(c: AppContext): Promise<Response> {
  const url = new URL(c.req.url);
  const query = requireQuery(url.searchParams, { reserved: DOC_PARAMS, formats: ["json"] });
  const format = requireFormat(c.req.raw, null, query, ["json"]);
  const catalog = await c.var.store.getCatalog();
  const links = urls(url.origin);
  return respond({
    request: c.req.raw,
    version: catalog.version,
    format,
    render: () =>
      jsonPayload({
        version: catalog.version,
        total: catalog.datasets.length,
        datasets: catalog.datasets.map((d) => ({
          id: d.id,
          title_zh: d.title_zh,
          title_en: d.title_en,
          department: d.department,
          year: d.year,
          kind: d.kind,
          unit: d.unit,
          version: d.version,
          row_counts: Object.fromEntries(d.tables.map((t) => [t.id, t.row_count])),
          url: links.dataset(d.id),
        })),
      }),
  });
}
