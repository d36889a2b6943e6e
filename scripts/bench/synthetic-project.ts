/** A throwaway copy of the project serving N synthetic disclosures, for scale measurements. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { synthesize } from "../synthetic/generate";

const ROOT = resolve(import.meta.dirname, "../..");

/** A throwaway copy of the project whose data/ holds the synthetic bundle. */
export function projectCopy(dir: string): string {
  const project = join(dir, "project");
  mkdirSync(join(project, "data"), { recursive: true });
  cpSync(join(ROOT, "src"), join(project, "src"), { recursive: true });
  // Without the rate limit: the load generator is one client, and it measures the data path.
  const config = readFileSync(join(ROOT, "wrangler.toml"), "utf8").replace(/^\[\[(env\.\w+\.)?ratelimits\]\]\n(?:[^\n]+\n)*/gm, "");
  writeFileSync(join(project, "wrangler.toml"), config);
  symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"));
  return project;
}

/** N synthetic disclosures built into a project copy; returns it with the build time. */
export function syntheticProject(n: number): { dir: string; project: string; buildMs: number } {
  const dir = mkdtempSync(join(tmpdir(), `scale-${n}-`));
  synthesize(join(ROOT, "seeds"), join(dir, "seeds"), n);
  const project = projectCopy(dir);
  const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  const t0 = performance.now();
  const built = spawnSync(process.execPath, [tsx, join(ROOT, "scripts", "build-data.ts"), join(dir, "seeds"), join(project, "data", "datasets.json")], { encoding: "utf8", maxBuffer: 1 << 28 });
  const buildMs = performance.now() - t0;
  if (built.status !== 0) throw new Error(built.stderr);
  return { dir, project, buildMs };
}

