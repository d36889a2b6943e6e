/**
 * Setup of the R2 test project: before the Worker suite runs against the R2 entry point,
 * the local bucket gets the objects `npm run publish:r2` would upload for data/.
 */
import { env } from "cloudflare:workers";
import { beforeAll } from "vitest";
import { raw } from "../worker/bundled-data";
import { catalogOf } from "../../src/data/table-data";
import { r2Objects, searchManifestKey } from "../../src/data/r2-layout";

beforeAll(async () => {
  const bucket = (env as unknown as { DATA: R2Bucket }).DATA;
  // The project shares one workerd and its bucket across files (isolate: false), and this file runs
  // before each of them: the index's manifest is written last, so finding it means the bucket is full.
  const bundle = raw;
  if (await bucket.head(searchManifestKey(catalogOf(bundle.datasets.map((d) => d.meta)).version))) return;
  for (const [key, body] of r2Objects(bundle)) await bucket.put(key, body);
});
