/**
 * What an R2 Worker's isolate holds of a build's catalogue once loaded (the steps of
 * src/data/r2-build.ts's loadBuild: parse, entries, digests, index keys), measured as heap
 * after garbage collection: `npx tsx --expose-gc scripts/bench/catalog-heap.ts CATALOG`
 * prints {"bytes", "datasets", "heldMb"}. bench:build runs it for each N; a Worker isolate has 128 MB.
 */
import { readFileSync } from "node:fs";
import { catalogDigestLookup, catalogEntries, catalogIndexObjectKeys, type CatalogFile } from "../../src/data/catalog-file";
import { indexKeys } from "../../src/data/r2-layout";
import { catalogOf } from "../../src/data/table-data";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");
const path = process.argv[2]!;
gc();
const base = process.memoryUsage().heapUsed;
let bytes = 0;
// The catalogue's text is dropped once parsed, as the Worker drops it.
const load = () => {
  const text = readFileSync(path, "utf8");
  bytes = Buffer.byteLength(text);
  const file = JSON.parse(text) as CatalogFile;
  return { catalog: catalogOf(catalogEntries(file)), digests: catalogDigestLookup(file), index: indexKeys(catalogIndexObjectKeys(file)) };
};
const held = load();
gc();
console.log(JSON.stringify({ bytes, datasets: held.catalog.datasets.length, heldMb: +((process.memoryUsage().heapUsed - base) / 1048576).toFixed(1) }));
