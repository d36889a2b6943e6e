/**
 * What an R2 Worker's isolate holds of a build, measured as heap after garbage collection:
 * once its catalogue is loaded (the steps of src/data/r2-build.ts's loadBuild: parse, entries,
 * the digests it records, index keys), then after its first answers (a search for a word, one
 * for a phrase, an aggregate and a table query, each timed and its reads counted) over the
 * build's objects in the cache (cache-bucket.ts). A Worker isolate has 128 MB.
 *
 *   npx tsx --expose-gc scripts/bench/worker-heap.ts CATALOG CACHE_DIR
 *
 * prints {"bytes", "datasets", "heldMb", "servingMb", "answers"} (each answer's time, reads and
 * peak memory while it ran); bench:build runs it for each N.
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
// Memory while answering: heap and array buffers, sampled at every read of the bucket (the cache
// bucket reads synchronously, so no timer would run mid-answer). Garbage not yet collected is
// included: an upper bound of what an answer holds at once.
const inUse = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
let peak = 0;
const bucket: R2Reader = {
  get(key, options) {
    peak = Math.max(peak, inUse());
    return cached.bucket.get(key, options);
  },
};
const heldSince = (base: number) => {
  gc();
  return +((process.memoryUsage().heapUsed - base) / 1048576).toFixed(1);
};
gc();
const base = process.memoryUsage().heapUsed;
let bytes = 0;
// The catalogue's text is dropped once parsed, as the Worker drops it.
const load = () => {
  const text = readFileSync(path, "utf8");
  bytes = Buffer.byteLength(text);
  const read = readCatalog(JSON.parse(text) as CatalogFile);
  const catalog = catalogOf(read.entries);
  return { catalog, store: r2Store(bucket, catalog, { index: indexKeys(read.indexKeys), digests: read.digests }) };
};
const { catalog, store } = load();
const heldMb = heldSince(base);

const app = createApp(store);
const id = catalog.datasets[Math.floor(catalog.datasets.length / 4)]!.id;
const paths = {
  search: `/v1/search?q=${enc("满意")}`,
  search2: `/v1/search?q=${enc("智慧农业专项经费")}`,
  aggregate: `/v1/aggregate?_group=class&_sort=-amount&year=2025`,
  query: `/v1/datasets/${id}/tables/budget-lines?row_kind=item&_size=20`,
};
const answers: Record<string, { ms: number; status: number; objects: number; bytes: number; peakMb: number }> = {};
for (const [k, p] of Object.entries(paths)) {
  reads.length = 0;
  gc();
  const before = process.memoryUsage().arrayBuffers;
  peak = inUse();
  const t = performance.now();
  const r = await app.request(`http://bench.test${p}`);
  await r.arrayBuffer();
  const ms = Math.round(performance.now() - t);
  peak = Math.max(peak, inUse());
  answers[k] = { ms, status: r.status, objects: reads.length, bytes: reads.reduce((a, b) => a + b, 0), peakMb: +((peak - base - before) / 1048576).toFixed(1) };
}
const servingMb = heldSince(base);
console.log(JSON.stringify({ bytes, datasets: catalog.datasets.length, heldMb, servingMb, answers }));
