/**
 * The order of the code, in one place: which folder may import which. A folder imports its
 * own layer and the layers below it, never above; no two folders import each other.
 */
import type { Spec, Stack } from "./check";

/** The Worker, bottom first. */
export const WORKER: Stack = {
  name: "src",
  root: "src",
  layers: [
    { folders: ["lib"], why: "basics that know no route or table: media types, the problem shape, zip, streams, hashes, money, edit distance and suggestions" },
    { folders: ["schema"], why: "the shared model (tables, columns, dataset metadata): what the build writes and the Worker reads, so it sits under both" },
    { folders: ["data"], why: "data access: the DataStore interface, its two backends, the stored forms they read, the 404 of a missing dataset or table" },
    { folders: ["query"], why: "query strings to filters and sorts, and the domain's sums (aggregates, fact sums) over rows the store returns" },
    { folders: ["search"], why: "full-text search: ranks rows of the store, with query's text folding" },
    { folders: ["spec", "render", "datapackage"], why: "what the API promises (its paths and URL builder, route spec and parameter types, response shapes) and the formats rows are written in" },
    { folders: ["http", "download", "openapi", "docs"], why: "HTTP plumbing (negotiation, validators, security headers, limits) and the documents built from specs and renderers: archives, OpenAPI, /docs" },
    { folders: ["routes", "pages"], why: "request handlers: the API's routes (spec and handler in one file, listed in routes/index.ts) and the HTML pages" },
    { folders: ["app"], why: "the Hono app and the Worker entries that compose routes, pages, caching and the rate limit" },
  ],
  rootFiles: { "app.ts": "app", "index.ts": "app", "index-r2.ts": "app", "rate-limited.ts": "app" },
};

/** The build pipeline, bottom first: the stages a seed passes through, in order. */
export const PIPELINE: Stack = {
  name: "pipeline",
  root: "scripts/pipeline",
  layers: [
    { folders: ["base"], why: "the build's error shape and row model, used by every stage" },
    { folders: ["read"], why: "reads a seed file and its corrections into source rows and table segments" },
    { folders: ["repair"], why: "undoes the PDF export's artefacts in the rows" },
    { folders: ["parse"], why: "turns repaired rows into table records" },
    { folders: ["normalise"], why: "records to published rows in the shared model" },
    { folders: ["reconcile"], why: "checks the published rows against each other and the printed totals" },
    { folders: ["emit"], why: "writes the dataset files and their digests" },
    { folders: ["build"], why: "runs the stages for one seed and for all of them; the command line" },
  ],
  rootFiles: {
    "amount.ts": "base",
    "errors.ts": "base",
    "html-text.ts": "base",
    "line-map.ts": "base",
    "mobile-numbers.ts": "base",
    "model.ts": "base",
    "template.ts": "base",
    "template-text.ts": "base",
    "dataset-id.ts": "base",
    "regular-file.ts": "read",
    "read-seed.ts": "read",
    "build-inputs.ts": "read",
    "section-layout.ts": "read",
    "source-rows.ts": "read",
    "segment.ts": "read",
    "published-records.ts": "emit",
    "published-size.ts": "emit",
    "published-json.ts": "emit",
    "emit.ts": "emit",
    "object-digests.ts": "emit",
    "r2-objects.ts": "emit",
    "postings-file.ts": "emit",
    "build-cache.ts": "emit",
    "cache-prune.ts": "emit",
    "dataset-output.ts": "emit",
    "merge-index.ts": "emit",
    "publication.ts": "emit",
    "publish-build.ts": "emit",
    "sums-builder.ts": "emit",
    "postings-groups.ts": "emit",
    "cache-blob.ts": "emit",
    "seed-hashes.ts": "read",
    "build-dataset.ts": "build",
    "build-all.ts": "build",
    "build-worker.ts": "build",
    "build-stream.ts": "build",
    "pipeline-version.ts": "build",
    "suggest-correction.ts": "build",
    "cli.ts": "build",
  },
};

export const SPEC: Spec = {
  stacks: [WORKER, PIPELINE],
  // The build writes what the Worker's data layer reads: it shares the basics, the model and
  // the stored forms (object keys, digests); and it makes the search postings and the sums of the
  // facts with the Worker's own code (search, query), so that what it stores and what the bundled
  // store computes in memory are the same bytes. Nothing above them.
  shared: { pipeline: ["src/lib", "src/schema", "src/data", "src/query", "src/search"] },
  exceptions: [],
};
