/** Bundles a project folder's Worker with wrangler --dry-run and measures it. */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = resolve(import.meta.dirname, "../..");

export interface BundleInfo {
  dir: string;
  main: string;
  rawBytes: number;
  gzipBytes: number;
}

export function bundle(projectDir: string, outDir: string, env?: string): BundleInfo {
  const wrangler = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
  const r = spawnSync(process.execPath, [wrangler, "deploy", "--dry-run", "--outdir", outDir, ...(env ? ["--env", env] : [])], {
    cwd: projectDir,
    encoding: "utf8",
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true", XDG_CONFIG_HOME: join(ROOT, ".wrangler-home") },
  });
  if (r.status !== 0) throw new Error(`wrangler --dry-run failed:\n${r.stdout}\n${r.stderr}`);
  const main = env ? readdirSync(outDir).find((f) => f.endsWith(".js"))! : "index.js";
  // The script and the modules wrangler writes beside it (the compressed data), as uploaded.
  const files = [main, ...readdirSync(outDir).filter((f) => f.endsWith(".gz"))].map((f) => readFileSync(join(outDir, f)));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { dir: outDir, main, rawBytes: sum(files.map((f) => f.length)), gzipBytes: sum(files.map((f) => gzipSync(f, { level: 9 }).length)) };
}

export function compatibilityDate(projectDir: string): string {
  const m = /compatibility_date\s*=\s*"([^"]+)"/.exec(readFileSync(join(projectDir, "wrangler.toml"), "utf8"));
  if (!m) throw new Error("no compatibility_date in wrangler.toml");
  return m[1]!;
}
