/**
 * The response cache keeps within its budget whatever clients send: every byte it keeps is
 * counted (key, headers, body), and it keys on what Accept negotiates, not on the header.
 */
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { bundledFiles } from "../../src/data/bundled-files";
import { bundledStore } from "../../src/data/bundled-store";
import { ENTRY_OVERHEAD_BYTES, MAX_TOTAL_BYTES, ResponseCache, type CachedResponse } from "../../src/http/body-cache";
import { acceptKey } from "../../src/http/negotiate";
import { withResponseCache } from "../../src/http/serve-cached";
import { D, ORIGIN } from "./helpers";

const ctx = { waitUntil() {}, passThroughOnException() {} } as unknown as ExecutionContext;

/** What an entry holds, counted here independently of the cache's own bookkeeping. */
function held(key: string, e: CachedResponse): number {
  const strings = [key, e.etag, ...e.headers.flat()];
  return ENTRY_OVERHEAD_BYTES + 2 * strings.reduce((n, s) => n + s.length, 0) + e.bytes.buffer.byteLength;
}

function accounted(cache: ResponseCache): { count: number; held: number; longestKey: number } {
  let count = 0;
  let sum = 0;
  let longestKey = 0;
  for (const [key, entry] of cache.stored()) {
    count++;
    sum += held(key, entry);
    longestKey = Math.max(longestKey, key.length);
  }
  return { count, held: sum, longestKey };
}

describe("the budget", () => {
  it("counts keys and headers, not only bodies: 10,000 entries of 8 KB URLs and 4-byte bodies stay within it", () => {
    const cache = new ResponseCache();
    const url = (i: number) => `http://api.test/v1/x?q=${String(i).padStart(8, "0")}${"a".repeat(8180)}`;
    for (let i = 0; i < 10_000; i++) {
      cache.put(url(i), { etag: `"${i}"`, headers: [["content-type", "application/json"], ["link", `<${url(i)}&_next=x>; rel="next"`]], bytes: new Uint8Array(4) });
    }
    const { count, held } = accounted(cache);
    expect(cache.bytes).toBe(held);
    expect(cache.bytes).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
    // Each entry holds two copies of its URL, about 33 KB at two bytes a character: some
    // thousand fit in 32 MiB (before the key was counted, all 10,000 were kept).
    expect(Math.abs(count - Math.floor(MAX_TOTAL_BYTES / (held / count)))).toBeLessThanOrEqual(1);
  });

  it("keeps no entry larger than the budget, and drops the least recently used first", () => {
    const cache = new ResponseCache(10_000);
    const entry = (n: number): CachedResponse => ({ etag: '"e"', headers: [], bytes: new Uint8Array(n) });
    cache.put("big", entry(20_000));
    expect([...cache.stored()].map(([k]) => k)).toEqual([]);
    cache.put("a", entry(3000));
    cache.put("b", entry(3000));
    cache.get("a");
    cache.put("c", entry(3000));
    expect([...cache.stored()].map(([k]) => k)).toEqual(["a", "c"]);
    expect(cache.bytes).toBe(accounted(cache).held);
  });
});

describe("through the Worker", () => {
  const worker = (cache: ResponseCache) => withResponseCache(createApp(bundledStore(bundledFiles)), cache);

  it("many distinct long URLs do not grow it beyond its budget, and its accounting equals what it stores", async () => {
    const cache = new ResponseCache(1024 * 1024);
    const w = worker(cache);
    for (let i = 0; i < 200; i++) {
      const res = await w.fetch(new Request(`${ORIGIN}${D}/tables/projects?_size=1&name=${i}-${"名".repeat(900)}`), {}, ctx);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    const { count, held } = accounted(cache);
    expect(cache.bytes).toBe(held);
    expect(cache.bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(200);
  }, 60_000);

  it("distinct long Accept headers that negotiate the same format share one entry", async () => {
    const cache = new ResponseCache();
    const w = worker(cache);
    const bodies = new Set<string>();
    for (let i = 0; i < 100; i++) {
      // As long as an Accept header may be (4,096 characters; longer ones are refused, limits.test.ts).
      const accept = `application/json, ${Array.from({ length: 300 }, (_, j) => `x-${i}/y-${j};q=0.5`).join(", ")}`.slice(0, 4096);
      expect(accept.length).toBe(4096);
      const res = await w.fetch(new Request(`${ORIGIN}${D}/tables/projects?_size=2`, { headers: { Accept: accept } }), {}, ctx);
      expect(res.status).toBe(200);
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
    const { count, held, longestKey } = accounted(cache);
    expect(count).toBe(1);
    expect(cache.bytes).toBe(held);
    expect(longestKey).toBeLessThan(200);
    // Another outcome of negotiation is another entry (the second is CSV here, but would be
    // JSON where CSV is not offered); the same outcome spelled otherwise is not.
    for (const accept of ["text/csv", "text/csv;q=0.9, application/json;q=0.1", "application/json", "*/*", "", "text/csv;q=1.0", "*/*;q=0.3"]) {
      await (await w.fetch(new Request(`${ORIGIN}${D}/tables/projects?_size=2`, { headers: { Accept: accept } }), {}, ctx)).arrayBuffer();
    }
    expect(accounted(cache).count).toBe(4);
  }, 60_000);
});

describe("pages with a query string", () => {
  it("are a 400 and never a new entry", async () => {
    const cache = new ResponseCache();
    const w = withResponseCache(createApp(bundledStore(bundledFiles)), cache);
    const page = await w.fetch(new Request(`${ORIGIN}/`, { headers: { Accept: "text/html" } }), {}, ctx);
    expect(page.status).toBe(200);
    await page.arrayBuffer();
    for (let i = 0; i < 50; i++) {
      const res = await w.fetch(new Request(`${ORIGIN}/?x=${i}`, { headers: { Accept: "text/html" } }), {}, ctx);
      expect(res.status).toBe(400);
      await res.arrayBuffer();
    }
    expect(accounted(cache).count).toBe(1);
  });
});

describe("acceptKey", () => {
  it("tells apart exactly what negotiation and the pages tell apart", () => {
    expect(acceptKey(null)).toBe(acceptKey(""));
    expect(acceptKey("*/*")).toBe(acceptKey(null));
    expect(acceptKey("application/json")).toBe(acceptKey("application/json;q=0.5, x/y"));
    expect(acceptKey("text/csv")).not.toBe(acceptKey("application/json"));
    // On a JSON-only route one is JSON and the other a 406: they must not share a key.
    expect(acceptKey("text/csv")).not.toBe(acceptKey("text/csv, application/json;q=0.1"));
    expect(acceptKey("text/html")).not.toBe(acceptKey("*/*"));
    expect(acceptKey("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).toBe(acceptKey("text/html, */*;q=0.1"));
  });
});
