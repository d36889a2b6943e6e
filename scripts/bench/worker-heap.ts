/**
 * What an R2 Worker's isolate holds of a build, measured as heap and array buffers after a full
 * garbage collection: once its catalogue is loaded (the steps of src/data/r2-build.ts's
 * loadBuild: parse, entries, the digests it records, index keys), and at the worst moment of
 * each of its first answers (a search for a word, one for a phrase, an aggregate and a table
 * query, each also timed with its reads counted) over the build's objects in the cache
 * (cache-bucket.ts). A Worker isolate has 128 MB.
 *
 *   npx tsx --expose-gc scripts/bench/worker-heap.ts CATALOG CACHE_DIR
 *
 * prints {"bytes", "datasets", "heldMb", "answers"} (each answer's time, reads and peak live
 * memory); bench:build runs it for each N.
 */
import { readFileSync } from "node:fs";
import { createApp } from "../../src/app";
import { readCatalog, type CatalogFile } from "../../src/data/catalog-file";
import { indexKeys } from "../../src/data/r2-layout";
import type { R2Reader } from "../../src/data/r2-read";
import { r2Store } from "../../src/data/r2-store";
import { catalogOf } from "../../src/data/table-data";
import { BuildCache } from "../pipeline/build-cache";
import { cacheBucket } from "./cache-bucket";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");
const [path, cacheDir] = process.argv.slice(2) as [string, string];
const enc = encodeURIComponent;

// The bucket's own lookups are the benchmark's, not the Worker's: made before the baseline.
const cached = cacheBucket(JSON.parse(readFileSync(path, "utf8")) as CatalogFile, new BuildCache(cacheDir));
const reads = cached.reads;
const inUse = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const mb = (n: number) => +(n / 1048576).toFixed(1);
const base = inUse();
let bytes = 0;
// The catalogue's text is dropped once parsed, as the Worker drops it.
const load = () => {
  const text = readFileSync(path, "utf8");
  bytes = Buffer.byteLength(text);
  const read = readCatalog(JSON.parse(text) as CatalogFile);
  return { catalog: catalogOf(read.entries), build: { index: indexKeys(read.indexKeys), digests: read.digests } };
};
const { catalog, build } = load();
const heldMb = mb(inUse() - base);

const id = catalog.datasets[Math.floor(catalog.datasets.length / 4)]!.id;
const paths = {
  search: `/v1/search?q=${enc("满意")}`,
  search2: `/v1/search?q=${enc("智慧农业专项经费")}`,
  aggregate: `/v1/aggregate?_group=class&_sort=-amount&year=2025`,
  query: `/v1/datasets/${id}/tables/budget-lines?row_kind=item&_size=20`,
};
// First the answers timed, with their reads counted; then the same answers from a fresh store, with the
// live memory (heap and array buffers after a full collection) sampled at every read of the bucket: what
// the isolate holds at the worst moment of each answer, the catalogue and the store's caches included.
const timedApp = createApp(r2Store(cached.bucket, catalog, build));
let peak = 0;
const sampled: R2Reader = {
  get(key, options) {
    peak = Math.max(peak, inUse());
    return cached.bucket.get(key, options);
  },
};
const measuredApp = createApp(r2Store(sampled, catalog, build));
const answers: Record<string, { ms: number; status: number; objects: number; bytes: number; peakMb: number }> = {};
for (const [k, p] of Object.entries(paths)) {
  reads.length = 0;
  const t = performance.now();
  const r = await timedApp.request(`http://bench.test${p}`);
  await r.arrayBuffer();
  const ms = Math.round(performance.now() - t);
  const [objects, read] = [reads.length, reads.reduce((a, b) => a + b, 0)];
  peak = inUse();
  await (await measuredApp.request(`http://bench.test${p}`)).arrayBuffer();
  answers[k] = { ms, status: r.status, objects, bytes: read, peakMb: mb(Math.max(peak, inUse()) - base) };
}
console.log(JSON.stringify({ bytes, datasets: catalog.datasets.length, heldMb, answers }));
