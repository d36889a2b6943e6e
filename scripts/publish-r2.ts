/**
 * npm run publish:r2 [-- --data DIR] [-- --remote] — publishes the build in DIR (default data/)
 * to the R2 bucket of wrangler.toml's [env.r2]: the objects its catalogue records (their bodies
 * from the build cache, by digest), then the catalogue, then the pointer that names the build.
 * Objects the bucket's current build already holds under the same key and digest are not
 * uploaded again; every key is immutable, so the Worker switches builds when the pointer is
 * written and no request reads two builds. Without --remote it fills the local bucket that
 * `wrangler dev --env r2` (npm run start:r2) serves; with --remote, Cloudflare's.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getPlatformProxy } from "wrangler";
import { BuildCache, defaultCacheDir } from "./pipeline/build-cache";
import { publishBuild, PublishRefused, type PublishTarget } from "./pipeline/publish-build";

const ROOT = resolve(import.meta.dirname, "..");
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const dataDir = resolve(arg("--data") ?? join(ROOT, "data"));
const remote = process.argv.includes("--remote");

type Bucket = PublishTarget & { close(): Promise<void> };

async function localBucket(): Promise<Bucket> {
  type R2 = { get(k: string): Promise<{ text(): Promise<string> } | null>; put(k: string, b: Uint8Array | string, o: { httpMetadata: { contentType: string } }): Promise<unknown> };
  const proxy = await getPlatformProxy<{ DATA: R2 }>({ configPath: join(ROOT, "wrangler.toml"), environment: "r2", persist: true });
  return {
    get: async (key) => (await (await proxy.env.DATA.get(key))?.text()) ?? null,
    put: async (key, body, contentType) => void (await proxy.env.DATA.put(key, body, { httpMetadata: { contentType } })),
    close: () => proxy.dispose(),
  };
}

function remoteBucket(): Bucket {
  const bucket = /bucket_name\s*=\s*"([^"]+)"/.exec(readFileSync(join(ROOT, "wrangler.toml"), "utf8"))?.[1];
  if (!bucket) throw new Error("no r2 bucket_name in wrangler.toml");
  const tmp = mkdtempSync(join(tmpdir(), "r2-"));
  const wrangler = (args: string[]) => spawnSync(process.execPath, [join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js"), "r2", "object", ...args, "--env", "r2", "--remote"], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  let n = 0;
  return {
    async get(key) {
      const r = wrangler(["get", `${bucket}/${key}`, "--pipe"]);
      return r.status === 0 ? r.stdout : null;
    },
    async put(key, body, contentType) {
      const file = join(tmp, `${n++}`);
      writeFileSync(file, body);
      const r = wrangler(["put", `${bucket}/${key}`, "--file", file, "--content-type", contentType]);
      if (r.status !== 0) throw new Error(`upload of ${key} failed:\n${r.stderr}`);
    },
    close: async () => rmSync(tmp, { recursive: true, force: true }),
  };
}

const catalogBody = readFileSync(join(dataDir, "catalog.json"), "utf8");
const cache = new BuildCache(defaultCacheDir(ROOT));

const bucket = remote ? remoteBucket() : await localBucket();
try {
  const r = await publishBuild(bucket, catalogBody, cache, remote ? 1 : 16);
  console.log(
    `published build ${r.build} (${r.datasets} dataset(s)) to the ${remote ? "Cloudflare" : "local"} bucket: uploaded ${r.uploaded} objects (${(r.bytes / 1048576).toFixed(1)} MB); ${r.unchanged} of the ${r.objects} contents and index objects its catalogue records were there already, with all they list; in ${(r.ms / 1000).toFixed(1)} s`,
  );
} catch (e) {
  // A build that cannot be published as it stands (not built, or its cache gone): say what to run, no stack.
  if (!(e instanceof PublishRefused)) throw e;
  console.error(`${dataDir}: ${e.message}`);
  process.exitCode = 1;
} finally {
  await bucket.close();
}
