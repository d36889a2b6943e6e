/**
 * Everything a bundle publishes to R2, made in memory (benchmarks, tests, small builds): its
 * objects, its catalogue with their digests, and the catalogue object and pointer that make
 * it the build served.
 */
import { createHash } from "node:crypto";
import { catalogEntries, type CatalogFile } from "../../src/data/catalog-file";
import type { R2Object } from "../../src/data/r2-layout";
import { catalogVersion } from "../../src/data/table-data";
import type { Bundle } from "../../src/schema/bundle";
import { catalogFileOf } from "./object-digests";
import { publicationObjects, r2Objects } from "./r2-objects";

export const sha16 = (body: string | Uint8Array) => createHash("sha256").update(body).digest("hex").slice(0, 16);

/** The catalogue object and pointer for a catalogue file's text. */
export function pointerObjects(catalogBody: string): R2Object[] {
  const file = JSON.parse(catalogBody) as CatalogFile;
  return publicationObjects(catalogBody, catalogVersion(catalogEntries(file)), sha16(catalogBody));
}

/** The bundle's objects, then its catalogue and the pointer (last). */
export async function publicationOf(bundle: Bundle): Promise<{ objects: R2Object[]; catalog: CatalogFile }> {
  const catalog = await catalogFileOf(bundle);
  return { objects: [...(await r2Objects(bundle)), ...pointerObjects(JSON.stringify(catalog) + "\n")], catalog };
}
