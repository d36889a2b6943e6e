/**
 * The R2 store checks what it reads against the digests the build recorded: a dataset's contents
 * object and the index objects in the catalogue, the dataset's other objects in its contents. An
 * object swapped for another, truncated, or with a byte flipped is a 503 problem that is
 * never cached (the repaired bucket is read again), never wrong rows, never a 500, never an
 * empty search that should have hits.
 */
import catalogJson from "../../data/catalog.json";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { catalogDigests, catalogEntry, readCatalog, type CatalogFile } from "../../src/data/catalog-file";
import type { DatasetContents } from "../../src/data/dataset-contents";
import { contentsKey, datasetPrefix, indexKeys, rowOffsetsKey, searchDirectoryName, searchShardName, shardOf, tableKey, type R2Object } from "../../src/data/r2-layout";
import { r2Objects } from "../../scripts/pipeline/r2-objects";
import type { R2Reader } from "../../src/data/r2-read";
import { r2Store } from "../../src/data/r2-store";
import { catalogOf } from "../../src/data/table-data";
import { ResponseCache } from "../../src/http/body-cache";
import { withResponseCache } from "../../src/http/serve-cached";
import { raw as bundle } from "./bundled-data";
import { D, DATASET, expectProblem, ORIGIN } from "./helpers";

const ctx = { waitUntil() {}, passThroughOnException() {} } as unknown as ExecutionContext;
const catalog = catalogOf(bundle.datasets.map((d) => catalogEntry(d.meta)));
const file = catalogJson as unknown as CatalogFile;
const recorded = catalogDigests(file)!;
const digests = readCatalog(file).digests!;
const version = bundle.datasets[0]!.meta.version;
const pristine = new Map<string, R2Object[1]>(await r2Objects(bundle));
const contents = contentsKey(DATASET, version);
const index = indexKeys(pristine.keys());
// One dataset: one segment of the index, and 64 directory objects.
const searchDirectoryKey = (directory: number) => index.get(searchDirectoryName(directory))!;
const searchShardKey = (shard: number) => index.get(searchShardName(DATASET, shard))!;
const bytesOf = (body: R2Object[1]) => (typeof body === "string" ? new TextEncoder().encode(body) : body);

/** A bucket whose objects the test edits, and the Worker over it (its own response cache). */
function setup(withDigests = true) {
  const objects = new Map(pristine);
  const bucket: R2Reader = {
    async get(key, options) {
      const body = objects.get(key);
      if (body === undefined) return null;
      const all = bytesOf(body);
      const part = options ? all.subarray(options.range.offset, options.range.offset + options.range.length) : all;
      return { text: async () => new TextDecoder().decode(part), arrayBuffer: async () => part.slice().buffer as ArrayBuffer };
    },
  };
  const w = withResponseCache(createApp(r2Store(bucket, catalog, { index, digests: withDigests ? digests : undefined })), new ResponseCache());
  const fetch = (path: string) => w.fetch(new Request(ORIGIN + path), {}, ctx);
  const flip = (key: string, at: number) => {
    const b = bytesOf(objects.get(key)!).slice();
    b[at] = b[at]! ^ 0x01;
    objects.set(key, b);
  };
  return { objects, fetch, flip, restore: (key: string) => objects.set(key, pristine.get(key)!) };
}

async function expect503(res: Response, key: string): Promise<string> {
  expect(res.headers.get("Cache-Control")).toBe("no-store");
  const body = await expectProblem(res, 503);
  expect(body.type).toBe("/v1/problems/data-unavailable");
  expect(body.detail).toContain(key);
  return body.detail;
}

const table = (t: string) => tableKey(DATASET, version, t);

describe("R2 objects checked against the catalogue's digests", () => {
  it("records every object of the build, its length and SHA-256: the catalogue each dataset's contents object and each index object, the contents the dataset's other objects", async () => {
    expect([...recorded.keys()].filter((k) => k.startsWith("v1/datasets/"))).toEqual([contents]);
    const listed = JSON.parse(pristine.get(contents) as string) as DatasetContents;
    const every = [...recorded.keys(), ...Object.keys(listed.objects).map((name) => datasetPrefix(DATASET, version) + name)];
    expect(every.sort()).toEqual([...pristine.keys()].sort());
    for (const [name, digest] of Object.entries(listed.objects)) {
      const body = pristine.get(datasetPrefix(DATASET, version) + name)!;
      expect(digest[0], name).toBe(bytesOf(body).length);
    }
    expect(listed.tables.map((t) => t.id)).toEqual(bundle.datasets[0]!.meta.tables.map((t) => t.id));
  });

  it("gives the Worker each digest the catalogue records by key, and none for a key it does not record", () => {
    for (const [key, digest] of recorded) expect(digests.get(key), key).toEqual(digest);
    for (const key of [table("projects"), contents.replace(version, "0".repeat(16)), "v1/datasets/", "v1/index/", "v1/catalogs/x.json", `v1/datasets/${DATASET}/${version}/__proto__`, "v1/index/__proto__"]) expect(digests.get(key), key).toBeUndefined();
  });

  it("answers 503 for every read of a dataset whose contents object is damaged, and for contents that list other tables than the catalogue", async () => {
    const { fetch, flip, restore } = setup();
    flip(contents, 20);
    await expect503(await fetch(`${D}/tables/projects`), contents);
    await expect503(await fetch(D), contents);
    restore(contents);
    expect((await fetch(`${D}/tables/projects`)).status).toBe(200);
    // Whole and of the right shape, but not this build's: checked by its digest; without digests, against the catalogue's tables.
    const c = setup(false);
    const listed = JSON.parse(pristine.get(contents) as string) as DatasetContents;
    c.objects.set(contents, JSON.stringify({ ...listed, tables: listed.tables.slice(1) }));
    expect(await expect503(await c.fetch(D), contents)).toContain("other tables than the catalogue's");
  });

  it("answers 503, not another table's rows, for summary-revenue swapped for summary-expenditure's object, and is not cached: the repaired bucket is served", async () => {
    const { objects, fetch, restore } = setup();
    objects.set(table("summary-revenue"), pristine.get(table("summary-expenditure"))!);
    const detail = await expect503(await fetch(`${D}/tables/summary-revenue`), table("summary-revenue"));
    expect(detail).toBe(
      `数据存储中的对象 ${table("summary-revenue")} 不是本次构建写入的内容（长度为 ${bytesOf(pristine.get(table("summary-expenditure"))!).length} 字节，应为 ${bytesOf(pristine.get(table("summary-revenue"))!).length} 字节）；请为本次构建重新运行 npm run publish:r2。The object ${table("summary-revenue")} in the data bucket is not what this build wrote (${bytesOf(pristine.get(table("summary-expenditure"))!).length} bytes where the build wrote ${bytesOf(pristine.get(table("summary-revenue"))!).length}); run npm run publish:r2 for this build again.`,
    );
    await expect503(await fetch(`${D}/tables/summary-revenue`), table("summary-revenue"));
    restore(table("summary-revenue"));
    const ok = await fetch(`${D}/tables/summary-revenue`);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { rows: unknown[] };
    expect(body.rows).toEqual(bundle.datasets[0]!.tables["summary-revenue"]!.slice(0, body.rows.length));
  });

  it("answers 503 for a truncated table and for one with a byte flipped (same length, another SHA-256)", async () => {
    const { objects, fetch, flip } = setup();
    const key = table("projects");
    objects.set(key, (pristine.get(key) as string).slice(0, 1000));
    await expect503(await fetch(`${D}/tables/projects`), key);
    objects.set(key, pristine.get(key)!);
    flip(key, 500);
    expect(await expect503(await fetch(`${D}/tables/projects`), key)).toContain("its SHA-256 differs");
  });

  it("answers 503, not total 0, for a search whose posting list has a flipped byte; the same for a flipped directory", async () => {
    const gram = "培训";
    const shard = shardOf(gram);
    const good = await setup().fetch(`/v1/search?q=${encodeURIComponent(gram)}`);
    expect(((await good.json()) as { total: number }).total).toBeGreaterThan(0);
    const directory = JSON.parse(pristine.get(searchDirectoryKey(shard)) as string) as Record<string, number[]>;
    const [segment, offset] = directory[gram]!;
    expect(segment).toBe(0);
    const a = setup();
    a.flip(searchShardKey(shard), offset + 3);
    expect(await expect503(await a.fetch(`/v1/search?q=${encodeURIComponent(gram)}`), searchShardKey(shard))).toContain("fail their checksum");
    const b = setup();
    b.flip(searchDirectoryKey(shard), 10);
    await expect503(await b.fetch(`/v1/search?q=${encodeURIComponent(gram)}`), searchDirectoryKey(shard));
    // Without digests to check it against, a directory that points into a segment the manifest does not have is damaged, not a 500.
    const c = setup(false);
    const entry = `${JSON.stringify(gram)}:${JSON.stringify(directory[gram])}`;
    c.objects.set(searchDirectoryKey(shard), (pristine.get(searchDirectoryKey(shard)) as string).replace(entry, `${JSON.stringify(gram)}:${JSON.stringify([7, ...directory[gram]!.slice(1)])}`));
    expect(await expect503(await c.fetch(`/v1/search?q=${encodeURIComponent(gram)}`), searchDirectoryKey(shard))).toContain("segment 7 of 1");
  });

  it("answers 503 for a search hit's row with a byte flipped (the row is read alone and checked), and for truncated row offsets", async () => {
    const { fetch, flip } = setup();
    const res = await setup().fetch(`/v1/search?q=${encodeURIComponent("培训")}&_size=1`);
    const hit = ((await res.json()) as { hits: { table: string; id: string }[] }).hits[0]!;
    const rows = bundle.datasets[0]!.tables[hit.table]!;
    const json = pristine.get(table(hit.table)) as string;
    const at = new TextEncoder().encode(json.slice(0, json.indexOf(JSON.stringify(rows.find((r) => r.id === hit.id))))).length;
    flip(table(hit.table), at + 8);
    await expect503(await fetch(`/v1/search?q=${encodeURIComponent("培训")}&_size=1`), table(hit.table));
    const c = setup();
    const offsets = rowOffsetsKey(DATASET, version, hit.table);
    c.objects.set(offsets, (pristine.get(offsets) as Uint8Array).subarray(0, 8));
    await expect503(await c.fetch(`/v1/search?q=${encodeURIComponent("培训")}&_size=1`), offsets);
  });

  it("answers 503 for sums swapped for another family's, and for a dataset record cut short", async () => {
    const { objects, fetch } = setup();
    const rollups = [...pristine.keys()].filter((k) => k.endsWith(".by-year.json"));
    for (const k of rollups) objects.set(k, pristine.get(rollups[(rollups.indexOf(k) + 1) % rollups.length]!)!);
    const res = await fetch("/v1/aggregate?_group=year");
    expect(res.status).toBe(503);
    await res.arrayBuffer();
    const record = `v1/datasets/${DATASET}/${version}/dataset.json`;
    objects.set(record, (pristine.get(record) as string).slice(0, 50));
    await expect503(await fetch(D), record);
  });

  it("without digests (a catalogue that records none), still answers truncated JSON and a wrong shape with 503, not 500", async () => {
    const { objects, fetch } = setup(false);
    const key = table("projects");
    objects.set(key, (pristine.get(key) as string).slice(0, 1000));
    expect(await expect503(await fetch(`${D}/tables/projects`), key)).toContain("not whole JSON");
    objects.set(key, '{"rows": 1}');
    expect(await expect503(await fetch(`${D}/tables/projects`), key)).toContain("not the shape of its kind of object");
    objects.set(key, pristine.get(table("summary-revenue"))!);
    expect(await expect503(await fetch(`${D}/tables/projects`), key)).toContain("another number of rows than the catalogue's");
  });
});
