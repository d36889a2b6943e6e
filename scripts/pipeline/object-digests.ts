/**
 * The catalogue the build writes records each R2 object's length and SHA-256 (the objects
 * `npm run publish:r2` uploads are made from the same bundle by the same code, byte for byte),
 * so the R2 Worker can check every object it reads against the catalogue it bundles.
 */
import { createHash } from "node:crypto";
import { catalogFile, type CatalogFile } from "../../src/data/catalog-file";
import type { Digest } from "../../src/lib/checksum";
import { r2Objects } from "./r2-objects";
import type { Bundle } from "../../src/schema/bundle";

export function objectDigests(bundle: Bundle, index: { segmentSize?: number } = {}): Map<string, Digest> {
  return new Map(
    r2Objects(bundle, index).map(([key, body]): [string, Digest] => {
      const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
      return [key, [bytes.length, createHash("sha256").update(bytes).digest("hex").slice(0, 16)]];
    }),
  );
}

/** data/catalog.json of a bundle: the datasets' metadata and their objects' digests. */
export function catalogFileOf(bundle: Bundle): CatalogFile {
  return catalogFile(bundle.datasets.map((d) => d.meta), objectDigests(bundle));
}
