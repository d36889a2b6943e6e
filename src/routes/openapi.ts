/** GET /openapi.json: the OpenAPI 3.1 document of this server, generated once per isolate. */
import { respond } from "../http/respond";
import { CONTENT_TYPES } from "../render/registry";
import { type ApiRoute, JSON_ONLY } from "./route";
import { API_PATHS, honoPath } from "../spec/links";
import type { AppContext } from "./context";
import { negotiated } from "./negotiated";
import { DOC_PARAMS } from "../spec/params";

export async function openApiDocument(c: AppContext): Promise<Response> {
  const { format } = negotiated(c);
  const served = await c.var.documents(c.var.store);
  const res = await respond({ request: c.req.raw, version: served.hash, versionHeader: false, format, render: () => ({ body: served.json, contentType: CONTENT_TYPES.json }) });
  res.headers.set("X-Dataset-Version", served.dataVersion);
  return res;
}

export const openapiRoute = { name: "openapi", path: honoPath(API_PATHS.openapi), template: API_PATHS.openapi, summary: "This API as an OpenAPI 3.1 document, generated from the schemas the responses are tested against; /docs renders it.", formats: JSON_ONLY, params: DOC_PARAMS, filters: false, response: "openApiSchema", handler: openApiDocument } satisfies ApiRoute;
