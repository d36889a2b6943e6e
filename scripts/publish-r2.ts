/**
 * npm run publish:r2 [-- --remote] — uploads data/datasets.json to the R2 bucket of
 * wrangler.toml's [env.r2] as one object per dataset and per table (keys in
 * src/data/r2-layout.ts), through wrangler. Without --remote it fills the local bucket
 * that `wrangler dev --env r2` (npm run start:r2) serves.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { r2Objects } from "../src/data/r2-layout";
import type { Bundle } from "../src/schema/bundle";

const ROOT = resolve(import.meta.dirname, "..");
const BUCKET = /bucket_name\s*=\s*"([^"]+)"/.exec(readFileSync(join(ROOT, "wrangler.toml"), "utf8"))?.[1];
if (!BUCKET) throw new Error("no r2 bucket_name in wrangler.toml");
const where = process.argv.includes("--remote") ? "--remote" : "--local";

{
  const bundle = JSON.parse(readFileSync(join(ROOT, "data", "datasets.json"), "utf8")) as Bundle;
  const tmp = mkdtempSync(join(tmpdir(), "r2-"));
  const wrangler = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
  const list = r2Objects(bundle);
  list.forEach(([key, body], i) => {
    const file = join(tmp, `${i}.json`);
    writeFileSync(file, body);
    const r = spawnSync(process.execPath, [wrangler, "r2", "object", "put", `${BUCKET}/${key}`, "--file", file, "--content-type", "application/json", "--env", "r2", where], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`upload of ${key} failed:\n${r.stderr}`);
  });
  console.log(`uploaded ${list.length} objects of ${bundle.datasets.length} dataset(s) to ${BUCKET} (${where.slice(2)})`);
}
