/**
 * npm run publish:r2 [-- --remote] — uploads data/datasets.json to the R2 bucket of
 * wrangler.toml's [env.r2] as one object per dataset and per table (keys in
 * src/data/r2-layout.ts). Without --remote it fills the local bucket that
 * `wrangler dev --env r2` (npm run start:r2) serves; with --remote, Cloudflare's, through
 * `wrangler r2 object put`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getPlatformProxy } from "wrangler";
import { r2Objects } from "../src/data/r2-layout";
import { catalogDigests, catalogEntries, type CatalogFile } from "../src/data/catalog-file";
import { catalogOf } from "../src/data/table-data";
import type { Bundle } from "../src/schema/bundle";
import { objectDigests } from "./pipeline/object-digests";

const ROOT = resolve(import.meta.dirname, "..");
const bundle = JSON.parse(readFileSync(join(ROOT, "data", "datasets.json"), "utf8")) as Bundle;
const objects = r2Objects(bundle);
// The Worker checks every object against data/catalog.json's digests: uploading objects it would refuse helps no one.
const catalogFile = JSON.parse(readFileSync(join(ROOT, "data", "catalog.json"), "utf8")) as CatalogFile;
const recorded = catalogDigests(catalogFile, catalogOf(catalogEntries(catalogFile)).version);
const made = objectDigests(bundle);
if (!recorded || recorded.size !== made.size || [...made].some(([k, [n, h]]) => recorded.get(k)?.[0] !== n || recorded.get(k)?.[1] !== h)) {
  throw new Error("data/catalog.json does not record the objects of data/datasets.json (run npm run build:data)");
}

if (process.argv.includes("--remote")) {
  const bucket = /bucket_name\s*=\s*"([^"]+)"/.exec(readFileSync(join(ROOT, "wrangler.toml"), "utf8"))?.[1];
  if (!bucket) throw new Error("no r2 bucket_name in wrangler.toml");
  const tmp = mkdtempSync(join(tmpdir(), "r2-"));
  const wrangler = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
  objects.forEach(([key, body], i) => {
    const file = join(tmp, `${i}.json`);
    writeFileSync(file, body);
    const r = spawnSync(process.execPath, [wrangler, "r2", "object", "put", `${bucket}/${key}`, "--file", file, "--content-type", typeof body === "string" ? "application/json" : "application/octet-stream", "--env", "r2", "--remote"], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`upload of ${key} failed:\n${r.stderr}`);
  });
} else {
  // The same local state `wrangler dev --env r2` reads (.wrangler/state).
  const proxy = await getPlatformProxy<{ DATA: { put(key: string, body: string | Uint8Array, options: { httpMetadata: { contentType: string } }): Promise<unknown> } }>({ configPath: join(ROOT, "wrangler.toml"), environment: "r2", persist: true });
  for (const [key, body] of objects) await proxy.env.DATA.put(key, body, { httpMetadata: { contentType: typeof body === "string" ? "application/json" : "application/octet-stream" } });
  await proxy.dispose();
}
console.log(`uploaded ${objects.length} objects of ${bundle.datasets.length} dataset(s) (${process.argv.includes("--remote") ? "Cloudflare" : "local bucket"})`);
