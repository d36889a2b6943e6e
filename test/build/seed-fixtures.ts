/** Temporary seeds/ folders made from the real seed, with one fault or change each. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { expect } from "vitest";
import { runBuildCli } from "../../scripts/pipeline/cli";

export const ROOT = resolve(import.meta.dirname, "../..");
export const SEEDS = join(ROOT, "seeds");
export const SEED_FILE = "000_f6a8c17e7f596961.txt";
export const DATA_FILE = join(ROOT, "data", "datasets.json");

export function seedLines(): string[] {
  return readFileSync(join(SEEDS, SEED_FILE), "utf8").split("\n");
}

/** A copy of seeds/ in a temporary folder; returns its path. */
export function copySeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), "seeds-"));
  cpSync(SEEDS, dir, { recursive: true });
  return dir;
}

/** A copy of seeds/ whose seed document has line `line` (1-based) replaced through `edit`. */
export function seedsWithLine(line: number, edit: (text: string) => string): string {
  const dir = copySeeds();
  const lines = seedLines();
  lines[line - 1] = edit(lines[line - 1]!);
  writeFileSync(join(dir, SEED_FILE), lines.join("\n"));
  return dir;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the build command in this process (runBuildCli, what `npm run build:data` runs), on a seeds
 * folder and an output file. The process itself (exit code, no stack trace) is tested by runBuildProcess.
 */
export function runBuild(seedsDir: string, out: string): CliResult {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = runBuildCli(resolve(seedsDir), resolve(out), { log: (l) => stdout.push(l + "\n"), error: (l) => stderr.push(l + "\n") });
  return { status, stdout: stdout.join(""), stderr: stderr.join("") };
}

/** Runs `npm run build:data`'s script as a user would, in a child process. */
export function runBuildProcess(seedsDir: string, out: string): CliResult {
  const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  const r = spawnSync(process.execPath, [tsx, join(ROOT, "scripts", "build-data.ts"), seedsDir, out], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An output folder holding a copy of the committed data/ (all its files), to prove a failed build leaves it untouched. */
export function dataCopy(): { out: string; before: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), "data-"));
  const out = join(dir, "datasets.json");
  cpSync(dirname(DATA_FILE), dir, { recursive: true });
  return { out, before: readFileSync(out) };
}

/**
 * Asserts two files' bytes are identical. Buffer.equals, not toEqual: vitest's deep equality walks
 * a 2 MB buffer element by element (seconds per call); on a mismatch the first differing offset is named.
 */
export function expectSameBytes(actual: Buffer, expected: Buffer, what = "file"): void {
  if (actual.equals(expected)) return;
  let i = 0;
  while (i < Math.min(actual.length, expected.length) && actual[i] === expected[i]) i++;
  expect.fail(`${what}: ${actual.length} bytes against ${expected.length}, first difference at byte ${i}: ${JSON.stringify(actual.subarray(i, i + 40).toString())} instead of ${JSON.stringify(expected.subarray(i, i + 40).toString())}`);
}
