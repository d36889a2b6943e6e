/** Builds the complete document for a store: plan from ids, build, fill from real responses (taken on EXAMPLE_ORIGIN). */
import type { DataStore } from "../data/store";
import type { RouteSpec } from "../spec/route-spec";
import { buildDocument, type PageSpec } from "./document";
import { exampleIds, planExamples } from "./examples";
import { fillExamples, type Fetcher } from "./fill";
import type { OpenApiDocument } from "./types";

import { EXAMPLE_ORIGIN, OPENAPI_PATH } from "./path";

export interface GenerateInput {
  store: DataStore;
  /** The app itself, for the example responses. */
  fetch: Fetcher;
  routes: readonly RouteSpec[];
  pages: readonly PageSpec[];
}

export async function generateDocument({ store, fetch, routes, pages }: GenerateInput): Promise<OpenApiDocument> {
  const catalog = await store.getCatalog();
  const planned = planExamples(routes, await exampleIds(store));
  const doc = buildDocument({ routes, pages, examples: planned, dataVersion: catalog.version });
  // The document cannot be its own example, and pages are rendered from it.
  const skip = new Set([OPENAPI_PATH, ...pages.map((p) => p.path)]);
  await fillExamples(doc, fetch, planned, skip, EXAMPLE_ORIGIN);
  const self = doc.paths[OPENAPI_PATH]?.get.responses["200"];
  if (self && "content" in self && self.content) {
    const { openapi, info, servers } = doc;
    self.content["application/json"].examples = {
      default: { summary: "The head of this document (its paths and components left out here)", value: { openapi, info, servers, paths: {} } },
    };
  }
  return doc;
}

/**
 * One document per isolate: generated on the first request, again only when the data
 * version changes (never per origin: the document does not depend on it).
 */
export function memoizedDocument(): (input: GenerateInput) => Promise<{ doc: OpenApiDocument; version: string }> {
  let cached: { key: string; value: Promise<{ doc: OpenApiDocument; version: string }> } | null = null;
  return async (input) => {
    const version = (await input.store.getCatalog()).version;
    const key = version;
    if (cached?.key !== key) {
      const value = generateDocument(input).then((doc) => ({ doc, version }));
      cached = { key, value };
      // A failed generation is not kept: the next request tries again.
      value.catch(() => {
        if (cached?.value === value) cached = null;
      });
    }
    return cached.value;
  };
}
