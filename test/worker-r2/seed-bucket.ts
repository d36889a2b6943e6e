/**
 * Setup of the R2 test project: before the Worker suite runs against the R2 entry point, the
 * local bucket gets what `npm run publish:r2` would upload for data/: the objects, the
 * catalogue (data/catalog.json), and the pointer naming the build.
 */
import { env } from "cloudflare:workers";
import { beforeAll } from "vitest";
import catalogJson from "../../data/catalog.json";
import { raw } from "../worker/bundled-data";
import { catalogEntries, type CatalogFile } from "../../src/data/catalog-file";
import { sha256Hex16 } from "../../src/lib/checksum";
import { POINTER_KEY } from "../../src/data/r2-layout";
import { catalogOf } from "../../src/data/table-data";
import { publicationObjects, r2Objects } from "../../scripts/pipeline/r2-objects";

beforeAll(async () => {
  const bucket = (env as unknown as { DATA: R2Bucket }).DATA;
  // The project shares one workerd and its bucket across files (isolate: false), and this file runs
  // before each of them: the pointer is written last, so finding it means the bucket is full.
  if (await bucket.head(POINTER_KEY)) return;
  for (const [key, body] of await r2Objects(raw)) await bucket.put(key, body);
  const catalogBody = JSON.stringify(catalogJson) + "\n";
  const version = catalogOf(catalogEntries(catalogJson as unknown as CatalogFile)).version;
  for (const [key, body] of publicationObjects(catalogBody, version, await sha256Hex16(new TextEncoder().encode(catalogBody)))) await bucket.put(key, body);
});
