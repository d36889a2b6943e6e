/**
 * The R2 search index as the build publishes it and the R2 store reads it: a search reads the
 * manifest once, each shard's directory once, one byte range per bigram, and each hit's row alone; it finds
 * exactly what the in-memory index of the bundled store finds.
 */
import { describe, expect, it } from "vitest";
import { raw } from "./bundled-data";
import { bundledStore } from "../../src/data/bundled-store";
import { directoryCountFor, indexKeys, segmentLengths, MAX_SEARCH_SHARDS, SEARCH_DIRECTORIES, SEARCH_MANIFEST, SEARCH_SHARDS, shardCountFor, shardOf, SHARD_TARGET_BYTES } from "../../src/data/r2-layout";
import { r2Objects, searchIndexObjects } from "../../scripts/pipeline/r2-objects";
import { r2Store } from "../../src/data/r2-store";
import { catalogEntry } from "../../src/data/catalog-file";
import { memoryBucket } from "../../scripts/bench/memory-bucket";
import { catalogOf } from "../../src/data/table-data";
import { findHits } from "../../src/search/run";
import { docSpace } from "../../src/data/doc-space";
import { SEARCH_TABLES } from "../../src/schema/search-scope";

const bundle = raw;

const allObjects = await r2Objects(bundle);

describe("the R2 search index", () => {
  const objects = new Map(allObjects);
  const catalog = catalogOf(bundle.datasets.map((d) => catalogEntry(d.meta)));
  const index = indexKeys(objects.keys());
  const manifestKey = index.get(SEARCH_MANIFEST)!;

  it("is a fixed number of shards in one segment, a fixed number of directory objects, and a manifest written last", () => {
    const made = searchIndexObjects(bundle);
    expect(made.length).toBe(SEARCH_SHARDS + SEARCH_DIRECTORIES + 1);
    const names = made.map(([k]) => k.replace(/^v1\/index\/[0-9a-f]{16}\//, ""));
    // A segment is named by its first dataset's id.
    const id = bundle.datasets[0]!.meta.id;
    expect([names[0], names[SEARCH_SHARDS - 1], names[SEARCH_SHARDS], names.at(-2)]).toEqual([`search/${id}/shard-0.bin`, `search/${id}/shard-${SEARCH_SHARDS - 1}.bin`, "search/directory-0.json", `search/directory-${SEARCH_DIRECTORIES - 1}.json`]);
    expect(JSON.parse(made.at(-1)![1] as string)).toEqual({ format: 3, catalog: catalog.version, docs: docSpace(catalog.datasets).size, directories: SEARCH_DIRECTORIES, segments: [{ name: id, datasets: 1, docs: docSpace(catalog.datasets).size, shards: SEARCH_SHARDS }] });
    expect(made.at(-1)![0]).toBe(manifestKey);
    expect(allObjects.at(-1)![0]).toBe(manifestKey);
    // Each index object's key carries a tag of its bytes: unchanged bytes, unchanged key.
    expect(manifestKey).toMatch(/^v1\/index\/[0-9a-f]{16}\/search\/manifest\.json$/);
  });

  it("answers like the in-memory index, reading the directory once and a range per bigram", async () => {
    const { bucket, reads } = memoryBucket(objects);
    const store = r2Store(bucket, catalog, { index });
    const memory = bundledStore(bundle);
    for (const terms of [["培训"], ["企业家培训"], ["培训", "企业家"], ["满意"], ["没有这个词"]]) {
      const a = await findHits(store, { terms, offset: 0, size: 5 });
      const b = await findHits(memory, { terms, offset: 0, size: 5 });
      expect(a.total, terms.join(" ")).toBe(b.total);
      expect(a.hits.map((h) => [h.table, h.id, h.match])).toEqual(b.hits.map((h) => [h.table, h.id, h.match]));
    }
    expect(reads.filter((r) => r.key === manifestKey).length).toBe(1);
    // Each directory object once; posting lists as byte ranges of whole pairs.
    const directories = reads.filter((r) => /\/search\/directory-/.test(r.key)).map((r) => r.key);
    expect(new Set(directories).size).toBe(directories.length);
    const shardReads = reads.filter((r) => /\/search\/[^/]+\/shard-/.test(r.key));
    expect(shardReads.length).toBeGreaterThan(0);
    expect(shardReads.every((r) => r.bytes % 8 === 0 && r.bytes > 0)).toBe(true);
    // A hit's row is read alone, through its table's row offsets; never a whole table.
    const offsets = reads.filter((r) => r.key.endsWith(".offsets.bin"));
    expect(offsets.length).toBeGreaterThan(0);
    // Each table's offsets once (4 bytes a row), shared by its hits.
    expect(new Set(offsets.map((r) => r.key)).size).toBe(offsets.length);
    const tableReads = reads.filter((r) => r.key.endsWith(".json") && r.key.includes("/tables/"));
    expect(tableReads.every((r) => r.bytes < 4000)).toBe(true);
  });

  it("stores each table as its JSON, with the byte range of every row of a searched table", () => {
    for (const d of bundle.datasets) {
      for (const [t, rows] of Object.entries(d.tables)) {
        const json = objects.get(`v1/datasets/${d.meta.id}/${d.meta.version}/tables/${t}.json`) as string;
        expect(json).toBe(JSON.stringify(rows));
        const offsets = objects.get(`v1/datasets/${d.meta.id}/${d.meta.version}/tables/${t}.offsets.bin`) as Uint8Array | undefined;
        if (!offsets) continue;
        const at = new Uint32Array(offsets.slice().buffer);
        const bytes = new TextEncoder().encode(json);
        rows.forEach((r, i) => expect(new TextDecoder().decode(bytes.subarray(at[i]!, at[i + 1]! - 1))).toBe(JSON.stringify(r)));
      }
    }
  });

  it("refuses an index of another build, and a missing one", async () => {
    const other = new Map(objects);
    other.delete(manifestKey);
    await expect(findHits(r2Store(memoryBucket(other).bucket, catalog, { index }), { terms: ["培训"], offset: 0, size: 5 })).rejects.toThrow(/missing from the data bucket/);
    const wrong = new Map(objects);
    const manifest = JSON.parse(objects.get(manifestKey) as string);
    wrong.set(manifestKey, JSON.stringify({ ...manifest, docs: manifest.docs + 1 }));
    await expect(findHits(r2Store(memoryBucket(wrong).bucket, catalog, { index }), { terms: ["培训"], offset: 0, size: 5 })).rejects.toThrow(/publish this build again/);
  });

  it("spreads a large index over more shards (a changed document then rewrites small ones), and the reader follows the manifest's count", async () => {
    expect([0, 64 * SHARD_TARGET_BYTES, 64 * SHARD_TARGET_BYTES + 1, 1000 * SHARD_TARGET_BYTES, 1e15].map(shardCountFor)).toEqual([64, 64, 128, 1024, MAX_SEARCH_SHARDS]);
    expect([0, 64 * 2048, 64 * 2048 + 1, 1e12].map(directoryCountFor)).toEqual([64, 64, 128, 4096]);
    const many = new Map([...objects].filter(([k]) => !k.includes("/search/")));
    const made = searchIndexObjects(bundle, { shards: 256 });
    expect(made.length).toBe(256 + SEARCH_DIRECTORIES + 1);
    for (const [k, b] of made) many.set(k, b);
    const store = r2Store(memoryBucket(many).bucket, catalog, { index: indexKeys(many.keys()) });
    const memory = bundledStore(bundle);
    for (const terms of [["培训"], ["企业家培训"], ["满意"]]) {
      const a = await findHits(store, { terms, offset: 0, size: 5 });
      const b = await findHits(memory, { terms, offset: 0, size: 5 });
      expect(a.total, terms.join(" ")).toBe(b.total);
      expect(a.hits.map((h) => [h.table, h.id, h.match])).toEqual(b.hits.map((h) => [h.table, h.id, h.match]));
    }
  });

  it("cuts many datasets into segments, each numbered from its own first row, and answers like the in-memory index", async () => {
    // Five datasets, each with fewer rows of the searched tables than the one before: cut where an id hashes to 0 modulo 2, here into 2, 2 and 1.
    const real = bundle.datasets[0]!;
    const datasets = Array.from({ length: 5 }, (_, i) => {
      const tables = Object.fromEntries(Object.entries(real.tables).map(([t, rows]) => [t, SEARCH_TABLES.some((s) => s.table === t) ? rows.slice(0, rows.length - 3 * i) : rows]));
      const meta = { ...real.meta, id: `${real.meta.id}-${i}`, version: `${i}`.repeat(16), tables: real.meta.tables.map((t) => ({ ...t, row_count: tables[t.id]?.length ?? t.row_count })) };
      return { ...real, meta, tables };
    });
    const many = { format: 1 as const, datasets };
    const cat = catalogOf(datasets.map((d) => catalogEntry(d.meta)));
    const space = docSpace(cat.datasets);
    const made = searchIndexObjects(many, { segmentSize: 2 });
    const manifest = JSON.parse(made.at(-1)![1] as string);
    const docsOf = (from: number, to: number) => (to < 5 ? space.range(to, 0)[0] : space.size) - space.range(from, 0)[0];
    expect(manifest.directories).toBe(SEARCH_DIRECTORIES);
    const ids = datasets.map((d) => d.meta.id);
    expect(segmentLengths(ids, 2)).toEqual([2, 2, 1]);
    expect(manifest.segments).toEqual([
      { name: ids[0], datasets: 2, docs: docsOf(0, 2), shards: SEARCH_SHARDS },
      { name: ids[2], datasets: 2, docs: docsOf(2, 4), shards: SEARCH_SHARDS },
      { name: ids[4], datasets: 1, docs: docsOf(4, 5), shards: SEARCH_SHARDS },
    ]);
    expect(made.length).toBe(3 * SEARCH_SHARDS + SEARCH_DIRECTORIES + 1);
    // A segment's shards depend neither on the datasets before it nor on its place: the last segment alone is the same objects, keys and bytes.
    const alone = searchIndexObjects({ datasets: datasets.slice(4) }, { segmentSize: 2 }).filter(([k]) => k.includes("/shard-"));
    const lastSegment = made.filter(([k]) => k.includes(`/search/${ids[4]}/`));
    expect(lastSegment.length).toBe(SEARCH_SHARDS);
    expect(lastSegment).toEqual(alone);
    // The directory lists, for a pair in every dataset, each segment once and in order.
    const gram = "培训";
    const directory = JSON.parse(made.find(([k]) => k.endsWith(`/search/directory-${shardOf(gram, SEARCH_DIRECTORIES)}.json`))![1] as string) as Record<string, number[]>;
    expect(directory[gram]!.filter((_, i) => i % 4 === 0)).toEqual([0, 1, 2]);

    const objects = new Map([...(await r2Objects(many)).filter(([k]) => !k.includes("/search/")), ...made]);
    const { bucket, reads } = memoryBucket(objects);
    const store = r2Store(bucket, cat, { index: indexKeys(objects.keys()) });
    const memory = bundledStore(many);
    for (const terms of [["培训"], ["企业家培训"], ["满意"], ["没有这个词"]]) {
      for (const offset of [0, 7, 40]) {
        const a = await findHits(store, { terms, offset, size: 10 });
        const b = await findHits(memory, { terms, offset, size: 10 });
        expect(a.total, terms.join(" ")).toBe(b.total);
        expect(a.hits.map((h) => [h.dataset, h.table, h.id, h.match])).toEqual(b.hits.map((h) => [h.dataset, h.table, h.id, h.match]));
      }
    }
    expect((await findHits(store, { terms: ["培训"], offset: 0, size: 1 })).total).toBeGreaterThan(0);
    // A pair's lookup reads its directory object once, then one range in each segment where it stands.
    const ranges = reads.filter((r) => r.key.includes("/shard-")).map((r) => r.key);
    expect(new Set(ranges.map((k) => k.match(/\/search\/([^/]+)\/shard-/)![1])).size).toBe(3);
    const directoryReads = reads.filter((r) => r.key.includes("/search/directory-")).map((r) => r.key);
    expect(new Set(directoryReads).size).toBe(directoryReads.length);
    // Ranked a segment at a time: a search within one dataset reads its segment's ranges alone, and answers as the in-memory index does.
    const fresh = memoryBucket(objects);
    const oneDataset = r2Store(fresh.bucket, cat, { index: indexKeys(objects.keys()) });
    for (const dataset of [datasets[4]!.meta.id, datasets[1]!.meta.id]) {
      fresh.reads.length = 0;
      const a = await findHits(oneDataset, { terms: ["企业家培训"], dataset, offset: 0, size: 10 });
      const b = await findHits(memory, { terms: ["企业家培训"], dataset, offset: 0, size: 10 });
      expect(a.total).toBe(b.total);
      expect(a.total).toBeGreaterThan(0);
      expect(a.hits.map((h) => [h.dataset, h.id, h.match])).toEqual(b.hits.map((h) => [h.dataset, h.id, h.match]));
      const segmentsRead = new Set(fresh.reads.filter((r) => r.key.includes("/shard-")).map((r) => r.key.match(/\/search\/([^/]+)\/shard-/)![1]));
      expect([...segmentsRead]).toEqual([dataset === ids[4] ? ids[4] : ids[0]]);
    }
    // A segment lacking one pair of the words is skipped on its directory entries: no list of it is read.
    const cold = memoryBucket(objects);
    const coldStore = r2Store(cold.bucket, cat, { index: indexKeys(objects.keys()) });
    expect((await findHits(coldStore, { terms: ["企业家培训", "没有这个词"], offset: 0, size: 10 })).total).toBe(0);
    expect(cold.reads.filter((r) => r.key.includes("/shard-"))).toEqual([]);
    expect(cold.reads.filter((r) => r.key.includes("/search/directory-")).length).toBeGreaterThan(0);
    // A manifest whose segments do not cover the catalogue is another build's.
    const wrong = new Map(objects);
    wrong.set(made.at(-1)![0], JSON.stringify({ ...manifest, segments: manifest.segments.slice(0, 2) }));
    await expect(findHits(r2Store(memoryBucket(wrong).bucket, cat, { index: indexKeys(objects.keys()) }), { terms: ["培训"], offset: 0, size: 5 })).rejects.toThrow(/publish this build again/);
  });
});

describe("where segments are cut", () => {
  it("follows the datasets' ids, not their places: a dataset added or removed mid-catalogue changes its own segment (at most three segments), every other keeps its datasets", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const id = () => `20${20 + rand(8)}-${rand(2 ** 30).toString(16).padStart(8, "0")}`;
    const segments = (ids: readonly string[], size: number) => {
      let at = 0;
      return segmentLengths(ids, size).map((n) => ids.slice((at += n) - n, at).join(","));
    };
    for (let trial = 0; trial < 200; trial++) {
      const size = [1, 2, 8, 32][trial % 4]!;
      const ids = Array.from({ length: 20 + rand(400) }, id);
      const before = segments(ids, size);
      expect(before.join(",")).toBe(ids.join(","));
      expect(before.every((s) => s.split(",").length <= 4 * size)).toBe(true);
      const at = rand(ids.length);
      for (const after of [segments([...ids.slice(0, at), id(), ...ids.slice(at)], size), segments([...ids.slice(0, at), ...ids.slice(at + 1)], size)]) {
        const kept = new Set(before);
        expect(after.filter((s) => !kept.has(s)).length, `size ${size}, at ${at} of ${ids.length}`).toBeLessThanOrEqual(3);
        const now = new Set(after);
        expect(before.filter((s) => !now.has(s)).length).toBeLessThanOrEqual(3);
      }
    }
    // Segments of 256 on average over a province's ids: some tens of them (about N / 256), none over 4 × 256.
    const province = Array.from({ length: 10_000 }, id);
    const lengths = segmentLengths(province, 256);
    expect(lengths.length).toBeGreaterThan(20);
    expect(lengths.length).toBeLessThan(80);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(1024);
  });
});
