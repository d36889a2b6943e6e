/**
 * The streaming build at a province's shape, on documents the simulator makes (distinct
 * departments, vocabularies, filled tables, units, artefacts): an incremental build writes the
 * same bytes as a full one and rebuilds only what changed; threads give the same bytes as one
 * thread; the merged catalogue, sums and index are those of the bundle in memory; past what a
 * Worker may carry, the build writes the catalogue alone and names R2.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogDigests, type CatalogFile } from "../../src/data/catalog-file";
import type { Bundle } from "../../src/schema/bundle";
import { BuildCache } from "../../scripts/pipeline/build-cache";
import { runBuildCli } from "../../scripts/pipeline/cli";
import { objectDigests, recordedObjects } from "../../scripts/pipeline/object-digests";
import { provinceDocument, writeProvince } from "../../scripts/synthetic/province";
import { loadRealSeed, type RealSeed } from "../../scripts/simulate/run-variant";
import { ROOT, SEEDS } from "./seed-fixtures";

const N = 3;
let seeds: string;
let real: RealSeed;

function build(cacheDir: string, opts: { bundleLimit?: number; segmentSize?: number; prune?: boolean } = {}) {
  const out = mkdtempSync(join(tmpdir(), "stream-out-"));
  const log: string[] = [];
  const errors: string[] = [];
  const status = runBuildCli(seeds, join(out, "datasets.json"), { log: (l) => log.push(l), error: (l) => errors.push(l) }, { cacheDir, ...opts });
  const files = Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f))]));
  return { status, log: log.join("\n"), errors: errors.join("\n"), files, out };
}
const newCache = () => mkdtempSync(join(tmpdir(), "stream-cache-"));

/** Another department's document (the simulator's k-th) written as `file`, replacing or adding it with its corrections; returns what puts the folder back. */
function putDocument(file: string, k: number): () => void {
  const path = join(seeds, file);
  const saved = { text: existsSync(path) ? readFileSync(path) : null, corrections: readFileSync(join(seeds, "corrections.json")) };
  const other = provinceDocument(real, real.published.tables.projects!.map((p) => String(p.name)), k);
  writeFileSync(path, other.text);
  const kept = (JSON.parse(saved.corrections.toString()) as { corrections: { file: string }[] }).corrections.filter((c) => c.file !== file);
  writeFileSync(join(seeds, "corrections.json"), JSON.stringify({ corrections: [...kept, ...other.corrections.map((c) => ({ ...c, file }))] }));
  return () => {
    if (saved.text) writeFileSync(path, saved.text);
    else rmSync(path, { force: true });
    writeFileSync(join(seeds, "corrections.json"), saved.corrections);
  };
}
// Several builds of several documents each: generous on a busy machine (speed is measured by npm run bench:build).
const SLOW = 600_000;

beforeAll(() => {
  seeds = mkdtempSync(join(tmpdir(), "province-"));
  real = loadRealSeed(SEEDS);
  writeProvince(SEEDS, seeds, N, 1, real);
}, SLOW);

describe("the streaming build", () => {
  it("builds every simulated document, and publishes in the catalogue exactly the objects the bundle in memory makes", async () => {
    const cacheDir = newCache();
    const r = build(cacheDir);
    expect(r.errors).toBe("");
    expect(r.status).toBe(0);
    expect(Object.keys(r.files)).toEqual(["catalog.json", "datasets.json", "datasets.json.gz"]);
    const bundle = JSON.parse(r.files["datasets.json"]!.toString()) as Bundle;
    expect(bundle.datasets.map((d) => d.meta.source.file)).toEqual(["p000001.txt", "p000002.txt", "p000003.txt"]);
    expect(new Set(bundle.datasets.map((d) => d.meta.department)).size).toBe(N);
    // The merged sums and search index (spilled per shard) are byte for byte those made from the whole bundle.
    const catalog = JSON.parse(r.files["catalog.json"]!.toString()) as CatalogFile;
    expect(recordedObjects(catalog, (d) => new BuildCache(cacheDir).getBlob(d))).toEqual(await objectDigests(bundle));
    expect(r.log).toContain(`${N} dataset(s): ${N} built, 0 unchanged since the last build`);
  }, SLOW);

  it("rebuilds only the document that changed or was added and its segment of the index, and writes the same bytes as a full build", async () => {
    const cache = newCache();
    // One dataset a segment, so the change can be seen to touch one segment of three.
    const opts = { segmentSize: 1 };
    const first = build(cache, opts);
    expect(first.status).toBe(0);
    // p000002.txt is replaced by another department's document (with its corrections).
    const restore = [putDocument("p000002.txt", 9)];
    try {
      const incremental = build(cache, opts);
      expect(incremental.log).toContain(`${N} dataset(s): 1 built, ${N - 1} unchanged since the last build`);
      expect(incremental.log).toContain(`search index: ${N} segment(s) of about 1 datasets, ${N * 64} shards; 1 segment(s) merged again (64 of ${N * 64} shard groups), the rest unchanged`);
      const full = build(newCache(), opts);
      expect(full.log).toContain(`${N} dataset(s): ${N} built, 0 unchanged`);
      expect(incremental.files).toEqual(full.files);
      expect(incremental.files["catalog.json"]).not.toEqual(first.files["catalog.json"]);
      // The merged index is the one the bundle in memory makes, cut the same way.
      const bundle = JSON.parse(incremental.files["datasets.json"]!.toString()) as Bundle;
      const blobs = new BuildCache(cache);
      const now = recordedObjects(JSON.parse(incremental.files["catalog.json"]!.toString()) as CatalogFile, (d) => blobs.getBlob(d));
      expect(now).toEqual(await objectDigests(bundle, opts));
      // Of the index, only the changed document's segment, directory objects and manifest have new keys: what publish:r2 uploads.
      const before = recordedObjects(JSON.parse(first.files["catalog.json"]!.toString()) as CatalogFile, (d) => blobs.getBlob(d));
      const changedIndex = [...now.keys()].filter((k) => k.startsWith("v1/index/") && !before.has(k)).map((k) => k.replace(/^v1\/index\/[0-9a-f]{16}\//, ""));
      // A segment is named by its first dataset's id: the replaced document's segment has a new name, the others keep theirs.
      const replaced = bundle.datasets[1]!.meta.id;
      const segmentOf = (k: string) => k.replace(/\/(shard|directory)-\d+\.(bin|json)$/, "");
      expect(new Set(changedIndex.map(segmentOf))).toEqual(new Set([`search/${replaced}`, "search", "search/manifest.json", ...changedIndex.filter((k) => k.startsWith("sums/"))]));
      expect(changedIndex.filter((k) => k.startsWith(`search/${replaced}/`)).length).toBeGreaterThan(32);
      // Every object the catalogue and the contents objects record is in the cache, for npm run publish:r2.
      expect([...now.values()].every((d) => blobs.getBlob(d) !== null)).toBe(true);

      // A document added mid-catalogue (p000001a.txt sorts between the first two) is a segment of its own:
      // the segments after it keep their keys, where segments numbered by place would all have moved.
      restore.unshift(putDocument("p000001a.txt", 11));
      const grown = build(cache, opts);
      expect(grown.log).toContain(`${N + 1} dataset(s): 1 built, ${N} unchanged since the last build`);
      expect(grown.log).toContain(`1 segment(s) merged again (64 of ${(N + 1) * 64} shard groups)`);
      expect(grown.files).toEqual(build(newCache(), opts).files);
      const grownBundle = JSON.parse(grown.files["datasets.json"]!.toString()) as Bundle;
      expect(grownBundle.datasets.map((d) => d.meta.source.file)).toEqual(["p000001.txt", "p000001a.txt", "p000002.txt", "p000003.txt"]);
      const after = recordedObjects(JSON.parse(grown.files["catalog.json"]!.toString()) as CatalogFile, (d) => blobs.getBlob(d));
      const newIndex = [...after.keys()].filter((k) => k.startsWith("v1/index/") && !now.has(k)).map((k) => k.replace(/^v1\/index\/[0-9a-f]{16}\//, ""));
      expect(new Set(newIndex.filter((k) => k.includes("/shard-")).map(segmentOf))).toEqual(new Set([`search/${grownBundle.datasets[1]!.meta.id}`]));
      for (const d of [grownBundle.datasets[2]!, grownBundle.datasets[3]!]) {
        const shards = [...after.keys()].filter((k) => k.includes(`/search/${d.meta.id}/shard-`));
        expect(shards.length).toBe(64);
        expect(shards.every((k) => now.has(k))).toBe(true);
      }
    } finally {
      for (const put of restore) put();
    }
  }, SLOW);

  it("prunes from the cache, when asked, what the build does not use: the replaced document's outputs go, everything the build needs stays", async () => {
    const cache = newCache();
    const opts = { segmentSize: 1 };
    const first = build(cache, opts);
    const blobs = new BuildCache(cache);
    const before = recordedObjects(JSON.parse(first.files["catalog.json"]!.toString()) as CatalogFile, (d) => blobs.getBlob(d));
    const restore = putDocument("p000003.txt", 12);
    try {
      const pruned = build(cache, { ...opts, prune: true });
      expect(pruned.status).toBe(0);
      const freed = /cache pruned: (\d+) file\(s\)/.exec(pruned.log);
      expect(Number(freed?.[1])).toBeGreaterThan(20);
      // Left: each document's summary, 64 merge groups a segment (one document a segment here), and the directories' entry.
      expect(readdirSync(join(cache, "entries")).length).toBe(N + 64 * N + 1);
      // Everything this build publishes is still there; the replaced document's objects are not (but for bodies another document shares, such as an empty table).
      const now = recordedObjects(JSON.parse(pruned.files["catalog.json"]!.toString()) as CatalogFile, (d) => blobs.getBlob(d));
      expect([...now.values()].every((d) => blobs.getBlob(d) !== null)).toBe(true);
      const live = new Set([...now.values()].map((d) => d[1]));
      const gone = [...before].filter(([k, d]) => k.startsWith("v1/datasets/") && !now.has(k) && !live.has(d[1]));
      expect(gone.length).toBeGreaterThan(10);
      expect(gone.every(([, d]) => blobs.getBlob(d) === null)).toBe(true);
      // Nothing the build needs went: the same folder builds again from the cache alone, and a second pruning frees nothing.
      const again = build(cache, { ...opts, prune: true });
      expect(again.log).toContain(`${N} dataset(s): 0 built, ${N} unchanged since the last build`);
      expect(again.log).toContain("0 segment(s) merged again");
      expect(again.log).toContain("cache pruned: 0 file(s), 0.0 MB");
      expect(again.files).toEqual(pruned.files);
    } finally {
      restore();
    }
  }, SLOW);

  it("gives the same bytes in worker threads (npm run build:data) as in one thread, whatever order they finish in", () => {
    const one = build(newCache());
    const out = mkdtempSync(join(tmpdir(), "stream-threads-"));
    const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
    const r = spawnSync(process.execPath, [tsx, join(ROOT, "scripts", "build-data.ts"), seeds, join(out, "datasets.json")], { encoding: "utf8", env: { ...process.env, BUILD_JOBS: "2", BUILD_CACHE: newCache() } });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f))]))).toEqual(one.files);
  }, SLOW);

  it("past what a Worker may carry, writes the catalogue alone and names the R2 publication", () => {
    const r = build(newCache(), { bundleLimit: 1024 * 1024 });
    expect(r.status).toBe(0);
    expect(Object.keys(r.files)).toEqual(["catalog.json"]);
    expect(r.log).toMatch(/the datasets' tables come to \d+\.\d MB, past the 1 MB a Worker can carry as bundled data: wrote the catalogue only\./);
    expect(r.log).toContain("publish this build to R2 with npm run publish:r2 -- --data <this folder>");
  }, SLOW);
});
