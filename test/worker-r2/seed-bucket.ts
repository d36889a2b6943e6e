/**
 * Setup of the R2 test project: before the Worker suite runs against the R2 entry point,
 * the local bucket gets the objects `npm run publish:r2` would upload for data/.
 */
import { env } from "cloudflare:workers";
import { beforeAll } from "vitest";
import raw from "../../data/datasets.json";
import { r2Objects } from "../../src/data/r2-layout";

beforeAll(async () => {
  const bucket = (env as unknown as { DATA: R2Bucket }).DATA;
  for (const [key, body] of r2Objects(raw as never)) await bucket.put(key, body);
});
