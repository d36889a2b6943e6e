/** GET /v1/datasets/{dataset} and /tables: metadata, source, licence, tables, corrections, checks summary. */
import type { DatasetMeta } from "../schema/dataset";
import { jsonPayload, respond } from "../http/respond";
import { requireDataset } from "../data/require";
import { type ApiRoute, JSON_ONLY } from "./route";
import type { AppContext } from "./context";
import { negotiated } from "./negotiated";
import { API_PATHS, honoPath, urls } from "../spec/links";
import { DOC_PARAMS } from "../spec/params";

/** The dataset's tables with row counts, titles, notes and links to their rows. */
function tablesWithLinks(meta: DatasetMeta, origin: string) {
  const links = urls(origin);
  return meta.tables.map((t) => ({
    ...t,
    url: links.table(meta.id, t.id),
    csv_url: links.table(meta.id, t.id, ".csv"),
  }));
}

export async function getDataset(c: AppContext): Promise<Response> {
  const record = await requireDataset(c.var.store, c.req.param("dataset") ?? "");
  const url = c.var.url;
  const { format } = negotiated(c);
  const { meta } = record;
  const links = urls(url.origin);
  return respond({
    request: c.req.raw,
    version: meta.version,
    format,
    render: () =>
      jsonPayload({
        ...meta,
        tables: tablesWithLinks(meta, url.origin),
        notes: record.notes,
        links: {
          self: links.dataset(meta.id),
          tables: links.tables(meta.id),
          checks: links.checks(meta.id),
          aggregate: links.aggregate(meta.id),
          search: links.search,
        },
      }),
  });
}

export async function listTables(c: AppContext): Promise<Response> {
  const { meta } = await requireDataset(c.var.store, c.req.param("dataset") ?? "");
  const url = c.var.url;
  const { format } = negotiated(c);
  return respond({
    request: c.req.raw,
    version: meta.version,
    format,
    render: () => jsonPayload({ dataset: meta.id, version: meta.version, total: meta.tables.length, tables: tablesWithLinks(meta, url.origin) }),
  });
}

export const datasetRoute = { name: "dataset", path: honoPath(API_PATHS.dataset), template: API_PATHS.dataset, summary: "Metadata of a dataset: titles, publisher, unit, source document, licence, tables, corrections, checks summary.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "datasetSchema", handler: getDataset } satisfies ApiRoute;

export const tablesRoute = { name: "tables", path: honoPath(API_PATHS.tables), template: API_PATHS.tables, summary: "The tables of a dataset with row counts, titles and notes.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "tableListSchema", handler: listTables } satisfies ApiRoute;
