/** The OpenAPI document as served: generated once per isolate (per data version), with its serialization and hash. */
import type { DataStore } from "../data/store";
import { fnv1a64 } from "../lib/hash";
import type { RouteSpec } from "../spec/route-spec";
import type { PageSpec } from "./document";
import type { Fetcher } from "./fill";
import type { OpenApiDocument } from "./types";

/** The document with its serialization and a hash of it (documents change with code, not only with data). */
export interface ServedDocument {
  doc: OpenApiDocument;
  json: string;
  hash: string;
  dataVersion: string;
}

/** The served document of the store's data. */
export type DocumentSource = (store: DataStore) => Promise<ServedDocument>;

/** The document of the app whose `fetch` is given, for its routes and pages; memoized per isolate. */
export function documentSource(fetch: Fetcher, routes: readonly RouteSpec[], pages: readonly PageSpec[]): DocumentSource {
  // The generator loads on the first request for the document,
  // not when the Worker starts.
  let generate: ReturnType<typeof import("./generate").memoizedDocument> | undefined;
  let served: ServedDocument | null = null;
  return async (store) => {
    generate ??= (await import("./generate")).memoizedDocument();
    const { doc, version } = await generate({ store, fetch, routes, pages });
    if (served?.doc !== doc) {
      const json = JSON.stringify(doc);
      served = { doc, json, hash: fnv1a64(json), dataVersion: version };
    }
    return served;
  };
}

