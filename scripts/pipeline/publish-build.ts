/**
 * Publishing a build to a bucket: the objects its catalogue records (each dataset's contents
 * object, and through it the dataset's other objects; the index objects) that the bucket's
 * current build does not already hold under the same key and digest (bodies from the build
 * cache), then the catalogue, then the pointer. A dataset whose contents object the bucket
 * holds already is skipped whole: that object records every other one's digest. Every key but
 * the pointer's is immutable, so the objects of the build being served are never overwritten,
 * and writing the pointer last switches the Worker from one complete build to the next.
 */
import { catalogDigests, catalogEntries, type CatalogFile } from "../../src/data/catalog-file";
import type { Digest } from "../../src/lib/checksum";
import { DATASET_CONTENTS, POINTER_KEY, type BuildPointer } from "../../src/data/r2-layout";
import { catalogVersion } from "../../src/data/table-data";
import type { BuildCache } from "./build-cache";
import { hasBlob } from "./cache-blob";
import { pointerObjects } from "./publication";
import { listedObjects } from "./object-digests";

/** The bucket as publishing sees it: local (Miniflare's state, as wrangler dev reads it), Cloudflare's through wrangler, or a test's. */
export interface PublishTarget {
  get(key: string): Promise<string | null>;
  put(key: string, body: Uint8Array | string, contentType: string): Promise<void>;
}

/** A build that cannot be published as it stands: its catalogue records no objects, or the cache lacks some. */
export class PublishRefused extends Error {}

export interface Published {
  build: string;
  datasets: number;
  /** What the catalogue records itself (each dataset's contents object, each index object), and how many of those the bucket held already (a contents object with all it lists). */
  objects: number;
  unchanged: number;
  /** Objects uploaded, a new dataset's every object counted. */
  uploaded: number;
  bytes: number;
  ms: number;
  /** The keys uploaded, in order (the catalogue and the pointer last). */
  keys: string[];
}

/** The digests of the build the bucket serves now (what need not be uploaded again), or none. */
async function servedDigests(bucket: PublishTarget): Promise<Map<string, Digest>> {
  try {
    const pointer = JSON.parse((await bucket.get(POINTER_KEY)) ?? "null") as BuildPointer | null;
    if (!pointer) return new Map();
    const catalog = await bucket.get(pointer.catalog.key);
    return (catalog && catalogDigests(JSON.parse(catalog) as CatalogFile)) || new Map();
  } catch {
    // An unreadable pointer or catalogue: upload everything.
    return new Map();
  }
}

const contentType = (key: string) => (key.endsWith(".json") ? "application/json" : "application/octet-stream");

/** The objects to upload: what the catalogue records, and the objects each new contents object lists, less what the bucket's build holds already. */
function objectsToUpload(digests: ReadonlyMap<string, Digest>, before: ReadonlyMap<string, Digest>, cache: BuildCache): [string, Digest][] {
  const upload: [string, Digest][] = [];
  for (const [key, digest] of digests) {
    if (before.get(key)?.[1] === digest[1]) continue;
    if (key.endsWith(`/${DATASET_CONTENTS}`)) {
      // The dataset's other objects first, then the contents object that lists them.
      const listed = listedObjects(key, cache.getBlob(digest));
      if (!listed) throw new PublishRefused(`the build cache (${cache.dir}) holds no readable contents for ${key}: run npm run build:data again`);
      upload.push(...listed);
    }
    upload.push([key, digest]);
  }
  return upload;
}

export async function publishBuild(bucket: PublishTarget, catalogBody: string, cache: BuildCache, concurrency = 16): Promise<Published> {
  const started = performance.now();
  const file = JSON.parse(catalogBody) as CatalogFile;
  const build = catalogVersion(catalogEntries(file));
  const digests = catalogDigests(file);
  if (!digests) throw new PublishRefused("the catalogue records no objects: run npm run build:data");
  const before = await servedDigests(bucket);
  const lacking = [...digests].filter(([key, d]) => before.get(key)?.[1] !== d[1] && !hasBlob(cache.dir, d));
  if (lacking.length) throw new PublishRefused(`the build cache (${cache.dir}) lacks ${lacking.length} of the ${digests.size} objects this build's catalogue records (first: ${lacking[0]![0]}): run npm run build:data first, with the same BUILD_CACHE`);
  const upload = objectsToUpload(digests, before, cache);
  const missing = upload.filter(([, d]) => !hasBlob(cache.dir, d));
  if (missing.length) throw new PublishRefused(`the build cache (${cache.dir}) lacks ${missing.length} of the ${upload.length} objects to upload (first: ${missing[0]![0]}): run npm run build:data first, with the same BUILD_CACHE`);
  const keys: string[] = [];
  let next = 0;
  let bytes = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < upload.length) {
        const [key, digest] = upload[next++]!;
        await bucket.put(key, cache.getBlob(digest)!, contentType(key));
        keys.push(key);
        bytes += digest[0];
      }
    }),
  );
  // The catalogue, then the pointer: from here on, requests are answered from this build.
  for (const [key, body] of pointerObjects(catalogBody)) {
    await bucket.put(key, body, contentType(key));
    keys.push(key);
  }
  return { build, datasets: file.datasets.length, objects: digests.size, unchanged: [...digests].filter(([k, d]) => before.get(k)?.[1] === d[1]).length, uploaded: upload.length, bytes, ms: performance.now() - started, keys };
}
