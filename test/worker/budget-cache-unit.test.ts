/** Per-isolate caches stay within their budget whatever is asked of them, misses included. */
import { describe, expect, it } from "vitest";
import { memoryBucket } from "../../scripts/bench/memory-bucket";
import { BudgetCache, ENTRY_OVERHEAD } from "../../src/data/budget-cache";
import { perVersion } from "../../src/download/per-version";
import { indexKeys } from "../../src/data/r2-layout";
import { r2Objects } from "../../scripts/pipeline/r2-objects";
import { catalogEntry } from "../../src/data/catalog-file";
import { checkedReader } from "../../src/data/r2-read";
import { POSTINGS_BUDGET, r2Search } from "../../src/data/r2-search-index";
import { catalogOf } from "../../src/data/table-data";
import { raw as bundle } from "./bundled-data";

describe("BudgetCache", () => {
  it("counts every entry at a fixed overhead besides its value, so values of 0 bytes are evicted too; least recently used first", async () => {
    const cache = new BudgetCache<Uint8Array>(10 * ENTRY_OVERHEAD, (v) => v.byteLength);
    for (let i = 0; i < 1000; i++) await cache.get(`k${i}`, async () => new Uint8Array(0));
    expect(cache.stats().entries).toBeLessThanOrEqual(10);
    expect(cache.stats().bytes).toBeLessThanOrEqual(10 * ENTRY_OVERHEAD);
    // k995 used again: it outlives k996 when the next entries come in.
    await cache.get("k995", async () => new Uint8Array(0));
    let loads = 0;
    for (let i = 0; i < 3; i++) await cache.get(`new${i}`, async () => new Uint8Array(0));
    await cache.get("k995", async () => (loads++, new Uint8Array(0)));
    expect(loads).toBe(0);
    expect(cache.peek("k992")).toBeUndefined();
  });

  it("counts a value's bytes once loaded, keeps the one just loaded even if it alone passes the budget, and forgets failed loads", async () => {
    const cache = new BudgetCache<Uint8Array>(4 * ENTRY_OVERHEAD, (v) => v.byteLength);
    await cache.get("a", async () => new Uint8Array(100));
    expect(cache.stats()).toEqual({ entries: 1, bytes: ENTRY_OVERHEAD + 2 + 100 });
    await cache.get("big", async () => new Uint8Array(10 * ENTRY_OVERHEAD));
    expect(cache.stats()).toEqual({ entries: 1, bytes: ENTRY_OVERHEAD + 6 + 10 * ENTRY_OVERHEAD });
    await expect(cache.get("bad", async () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    expect(cache.peek("bad")).toBeUndefined();
  });
});

describe("the R2 search index's posting cache", () => {
  it("stays within its budget under 100,000 distinct random pairs that stand nowhere (each a miss), and still answers a real pair", async () => {
    const catalog = catalogOf(bundle.datasets.map((d) => catalogEntry(d.meta)));
    const objects = await r2Objects(bundle);
    const keys = indexKeys(objects.map(([k]) => k));
    const search = r2Search(checkedReader(memoryBucket(objects).bucket), catalog, (name) => keys.get(name)!);
    const index = await search.searchIndex();
    let seed = 1;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    const cjk = () => String.fromCharCode(0x4e00 + (rand() % 20_000));
    for (let i = 0; i < 100_000; i++) await index.segments[0]!.lookup(cjk() + cjk() + String(i));
    const { entries, bytes } = search.postingStats();
    expect(bytes).toBeLessThanOrEqual(POSTINGS_BUDGET);
    expect(entries).toBeLessThanOrEqual(Math.floor(POSTINGS_BUDGET / ENTRY_OVERHEAD));
    expect(entries).toBeGreaterThan(0);
    expect((await index.segments[0]!.lookup("培训")).length).toBeGreaterThan(0);
  }, 120_000);
});

describe("values built per dataset version (zips, workbooks)", () => {
  it("are kept under a budget of bytes, not one per dataset: the oldest are built again, the latest are not", async () => {
    const kept = perVersion<{ bytes: Uint8Array }>(8 * 1024 * 1024);
    let builds = 0;
    const build = async () => (builds++, { bytes: new Uint8Array(1024 * 1024) });
    for (let i = 0; i < 100; i++) await kept(`d${i}`, "v1", build);
    expect(builds).toBe(100);
    await kept("d99", "v1", build);
    expect(builds).toBe(100);
    await kept("d0", "v1", build);
    expect(builds).toBe(101);
    // Another version of a dataset is another value.
    await kept("d99", "v2", build);
    expect(builds).toBe(102);
  });
});
