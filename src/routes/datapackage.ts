/** GET /v1/datasets/{dataset}/datapackage.json: the Frictionless Tabular Data Package descriptor. */
import { datapackageDescriptor } from "../datapackage/descriptor";
import { jsonPayload, respond } from "../http/respond";
import type { ColumnDef } from "../schema/columns";
import { requireDataset, requireTable } from "../data/require";
import { type ApiRoute, JSON_ONLY } from "./route";
import { API_PATHS, honoPath } from "../spec/links";
import type { AppContext } from "./context";
import { negotiated } from "./negotiated";
import { DOC_PARAMS } from "../spec/params";

export async function getDatapackage(c: AppContext): Promise<Response> {
  const store = c.var.store;
  const { meta } = await requireDataset(store, c.req.param("dataset") ?? "");
  const url = c.var.url;
  const { format } = negotiated(c, {}, "json");
  return respond({
    request: c.req.raw,
    version: meta.version,
    format,
    render: async () => {
      // The store's columns: the schema's, or inferred for a table this Worker's schema does not know.
      const columns = new Map<string, readonly ColumnDef[]>();
      for (const t of meta.tables) columns.set(t.id, (await requireTable(store, meta.id, t.id)).columns);
      return jsonPayload(datapackageDescriptor(meta, (id) => columns.get(id) ?? [], url.origin));
    },
  });
}

export const datapackageRoute = { name: "datapackage", path: honoPath(API_PATHS.datapackage), template: API_PATHS.datapackage, summary: "The dataset as a Frictionless Tabular Data Package descriptor: one resource per table (CSV URL, field types, Chinese titles, constraints, foreign keys), unit and currency in Fiscal Data Package terms.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "datapackageSchema", handler: getDatapackage } satisfies ApiRoute;
