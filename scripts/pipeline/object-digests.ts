/**
 * The catalogue the build writes records the length and SHA-256 of each dataset's manifest
 * (which records its other objects') and of each index object (the objects `npm run publish:r2`
 * uploads are made from the same bundle by the same code, byte for byte), so the R2 Worker can
 * check every object it reads.
 */
import { catalogDigests, catalogFile, type CatalogFile } from "../../src/data/catalog-file";
import { isDatasetContents } from "../../src/data/dataset-contents";
import { DATASET_CONTENTS } from "../../src/data/r2-layout";
import { digestOf, type Digest } from "../../src/lib/checksum";
import { r2Objects } from "./r2-objects";
import type { Bundle } from "../../src/schema/bundle";

export async function objectDigests(bundle: Bundle, index: { segmentSize?: number } = {}): Promise<Map<string, Digest>> {
  const objects = await r2Objects(bundle, index);
  return new Map(await Promise.all(objects.map(async ([key, body]): Promise<[string, Digest]> => [key, await digestOf(body)])));
}

/** data/catalog.json of a bundle: the datasets' metadata and the digests of their manifests and of the index objects. */
export async function catalogFileOf(bundle: Bundle): Promise<CatalogFile> {
  return catalogFile(bundle.datasets.map((d) => d.meta), await objectDigests(bundle));
}

/** The objects a dataset's contents object (its key and body, e.g. from the build cache) lists, by full key; null for a body that is missing or not a contents object. */
export function listedObjects(key: string, body: string | Uint8Array | null): [string, Digest][] | null {
  let contents: unknown = null;
  try {
    contents = body === null ? null : JSON.parse(typeof body === "string" ? body : new TextDecoder().decode(body));
  } catch {
    return null;
  }
  if (!isDatasetContents(contents)) return null;
  const prefix = key.slice(0, -DATASET_CONTENTS.length);
  return Object.entries(contents.objects).map(([name, d]) => [prefix + name, d]);
}

/** Every object's digest a catalogue records, directly or in a dataset's contents object (its body by digest from `blob`, e.g. the build cache). */
export function recordedObjects(file: CatalogFile, blob: (digest: Digest) => string | Uint8Array | null): Map<string, Digest> {
  const out = new Map<string, Digest>();
  for (const [key, digest] of catalogDigests(file) ?? []) {
    if (key.endsWith(`/${DATASET_CONTENTS}`)) {
      const listed = listedObjects(key, blob(digest));
      if (!listed) throw new Error(`no contents object for ${key}`);
      for (const [k, d] of listed) out.set(k, d);
    }
    out.set(key, digest);
  }
  return out;
}
