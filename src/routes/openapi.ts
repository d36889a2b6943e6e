/** GET /openapi.json: the OpenAPI 3.1 document of this server, generated once per isolate. */
import type { Handler } from "hono";
import { fnv1a64 } from "../lib/hash";
import { respond } from "../http/respond";
import { CONTENT_TYPES } from "../render/registry";
import { requireFormat, requireQuery } from "./common";
import type { AppContext, AppEnv } from "./context";
import { DOC_PARAMS } from "../spec/params";
import type { PageSpec } from "../openapi/document";
import type { Fetcher } from "../openapi/fill";
import type { OpenApiDocument } from "../openapi/types";

/** The document with its serialization and a hash of it (documents change with code, not only with data). */
export interface ServedDocument {
  doc: OpenApiDocument;
  json: string;
  hash: string;
  dataVersion: string;
}

export type DocumentSource = (c: AppContext) => Promise<ServedDocument>;

/** The document of the app whose `fetch` is given, for the pages listed; memoized per isolate. */
export function documentSource(fetch: Fetcher, pages: readonly PageSpec[]): DocumentSource {
  // The generator loads on the first request for the document,
  // not when the Worker starts.
  let generate: ReturnType<typeof import("../openapi/generate").memoizedDocument> | undefined;
  let served: ServedDocument | null = null;
  return async (c) => {
    generate ??= (await import("../openapi/generate")).memoizedDocument();
    const { doc, version } = await generate({ store: c.var.store, fetch, pages });
    if (served?.doc !== doc) {
      const json = JSON.stringify(doc);
      served = { doc, json, hash: fnv1a64(json), dataVersion: version };
    }
    return served;
  };
}

export function openApiDocument(source: DocumentSource): Handler<AppEnv> {
  return async (c) => {
    const format = requireFormat(c.req.raw, null, requireQuery(c.var.url.searchParams, { reserved: DOC_PARAMS, formats: ["json"] }), ["json"]);
    const served = await source(c);
    const res = await respond({ request: c.req.raw, version: served.hash, versionHeader: false, format, render: () => ({ body: served.json, contentType: CONTENT_TYPES.json }) });
    res.headers.set("X-Dataset-Version", served.dataVersion);
    return res;
  };
}
