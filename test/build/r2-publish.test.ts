/**
 * Publishing to R2 and switching builds: `npm run publish:r2` uploads only the objects the
 * bucket's current build does not hold, then the catalogue, then the pointer; the R2 Worker
 * serves the build the pointer names, keeps serving the old one until it reads the new
 * pointer, and each request keeps the build it started with (every other key is immutable).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { currentBuild, POINTER_TTL_MS } from "../../src/data/r2-build";
import { POINTER_KEY, type R2Object } from "../../src/data/r2-layout";
import type { R2Reader } from "../../src/data/r2-read";
import { ProblemError } from "../../src/lib/problem";
import type { Bundle } from "../../src/schema/bundle";
import { BuildCache } from "../../scripts/pipeline/build-cache";
import { publicationOf } from "../../scripts/pipeline/publication";
import { publishBuild, type PublishTarget } from "../../scripts/pipeline/publish-build";
import { DATA_FILE } from "./seed-fixtures";

const A = JSON.parse(readFileSync(DATA_FILE, "utf8")) as Bundle;
/** Build B: one project renamed (another version of the dataset), the rest as in A. */
const B: Bundle = (() => {
  const d = A.datasets[0]!;
  const projects = d.tables.projects!.map((p, i) => (i === 0 ? { ...p, name: "改名后的项目" } : p));
  return { format: 1, datasets: [{ ...d, meta: { ...d.meta, version: "b".repeat(16) }, tables: { ...d.tables, projects } }] };
})();

/** A bucket in memory that publishing writes and the Worker reads. */
function bucket() {
  const objects = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  const reader: R2Reader = {
    async get(key, options) {
      const all = objects.get(key);
      if (!all) return null;
      const part = options ? all.subarray(options.range.offset, options.range.offset + options.range.length) : all;
      return { text: async () => new TextDecoder().decode(part), arrayBuffer: async () => part.slice().buffer as ArrayBuffer };
    },
  };
  const target: PublishTarget = {
    get: async (key) => (objects.has(key) ? new TextDecoder().decode(objects.get(key)!) : null),
    put: async (key, body) => void objects.set(key, typeof body === "string" ? encoder.encode(body) : body),
  };
  const putAll = (list: readonly R2Object[]) => list.forEach(([k, b]) => objects.set(k, typeof b === "string" ? encoder.encode(b) : b));
  return { objects, reader, target, putAll };
}

/** A build's catalogue text, with its bodies in a cache as the build leaves them. */
async function built(bundle: Bundle, cache: BuildCache) {
  const { objects } = await publicationOf(bundle);
  // The last two objects are the catalogue (data/catalog.json's text) and the pointer.
  const catalogBody = objects.at(-2)![1] as string;
  for (const [, body] of objects.slice(0, -2)) cache.putBlob(body);
  return { objects, catalogBody };
}

describe("publishing a build and switching to it", () => {
  it("answers 503 until a build is published, then serves the build the pointer names", async () => {
    const b = bucket();
    const build = currentBuild(b.reader);
    const none = await build().catch((e: unknown) => e);
    expect(none).toBeInstanceOf(ProblemError);
    expect((none as ProblemError).slug).toBe("data-unavailable");
    expect((none as ProblemError).detail).toContain("npm run publish:r2");
    b.putAll((await publicationOf(A)).objects);
    const served = await build();
    expect(served.catalog.datasets.map((d) => d.version)).toEqual([A.datasets[0]!.meta.version]);
    expect((await served.store.getTable(A.datasets[0]!.meta.id, "projects"))!.rows).toEqual(A.datasets[0]!.tables.projects);
  });

  it("switches atomically: the old build until the new pointer is read, and a request keeps the build it started with", async () => {
    const b = bucket();
    let now = 0;
    const build = currentBuild(b.reader, () => now);
    b.putAll((await publicationOf(A)).objects);
    const first = await build();
    const id = A.datasets[0]!.meta.id;
    // B's objects and catalogue uploaded, its pointer not yet written: still A, however long.
    const bObjects = (await publicationOf(B)).objects;
    b.putAll(bObjects.filter(([k]) => k !== POINTER_KEY));
    now += 10 * POINTER_TTL_MS;
    expect(await build()).toBe(first);
    // The pointer written: A until this isolate reads it again, then B.
    b.putAll(bObjects.filter(([k]) => k === POINTER_KEY));
    expect(await build()).toBe(first);
    now += POINTER_TTL_MS;
    const second = await build();
    expect(second.catalog.datasets[0]!.version).toBe("b".repeat(16));
    expect((await second.store.getTable(id, "projects"))!.rows[0]!.name).toBe("改名后的项目");
    // A request that took A before the switch still reads A's objects: none was overwritten.
    expect((await first.store.getTable(id, "projects"))!.rows[0]!.name).toBe(A.datasets[0]!.tables.projects![0]!.name);
  });

  it("refuses a pointer that is not one, and a catalogue that is not the one the pointer names", async () => {
    const b = bucket();
    b.putAll((await publicationOf(A)).objects);
    b.objects.set(POINTER_KEY, new TextEncoder().encode("{}"));
    const bad = await currentBuild(b.reader)().catch((e: unknown) => e);
    expect((bad as ProblemError).detail).toContain("not a build pointer");
    const c = bucket();
    const objects = (await publicationOf(A)).objects;
    c.putAll(objects);
    const catalogKey = objects.at(-2)![0];
    c.objects.set(catalogKey, new TextEncoder().encode(new TextDecoder().decode(c.objects.get(catalogKey)!).replace("济源", "济原")));
    const damaged = await currentBuild(c.reader)().catch((e: unknown) => e);
    expect((damaged as ProblemError).detail).toContain(catalogKey);
  });

  it("uploads only what the bucket's current build lacks, then the catalogue and the pointer", async () => {
    const b = bucket();
    const cache = new BuildCache(mkdtempSync(join(tmpdir(), "publish-cache-")));
    const a = await built(A, cache);
    const first = await publishBuild(b.target, a.catalogBody, cache);
    expect(first.uploaded).toBe(a.objects.length - 2);
    expect(first.unchanged).toBe(0);
    // The catalogue records each dataset's contents object and each index object; the contents list the rest.
    expect(first.objects).toBe(a.objects.filter(([k]) => k.startsWith("v1/index/") || k.endsWith("/contents.json")).length);
    expect(first.keys.slice(-2)).toEqual([a.objects.at(-2)![0], POINTER_KEY]);
    const again = await publishBuild(b.target, a.catalogBody, cache);
    expect(again.uploaded).toBe(0);
    expect(again.unchanged).toBe(again.objects);
    expect(again.keys).toEqual([a.objects.at(-2)![0], POINTER_KEY]);
    // B changes one project's name: its dataset's objects (new version), the index objects holding the
    // changed words, and the manifest; nothing else (tables of A under A's version stay where they are).
    const bb = await built(B, cache);
    const third = await publishBuild(b.target, bb.catalogBody, cache);
    const aKeys = new Set(a.objects.map(([k]) => k));
    const changed = bb.objects.slice(0, -2).filter(([k]) => !aKeys.has(k)).map(([k]) => k);
    expect(third.keys.slice(0, -2).sort()).toEqual(changed.sort());
    const index = changed.filter((k) => k.startsWith("v1/index/"));
    expect(index.length).toBeGreaterThan(1);
    expect(index.length).toBeLessThan(bb.objects.filter(([k]) => k.startsWith("v1/index/")).length / 4);
    const served = await currentBuild(b.reader)();
    expect(served.catalog.datasets[0]!.version).toBe("b".repeat(16));
  });
});
