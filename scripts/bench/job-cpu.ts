/**
 * npx tsx scripts/bench/job-cpu.ts SEEDS [ROUNDS] — the CPU one document costs the build: runs
 * `runJob` (what each build thread runs: buildPublished, then datasetOutput into the cache) in
 * this one thread over every document of SEEDS (e.g. `npm run province -- 60 /tmp/prov`, then
 * /tmp/prov/seeds), ROUNDS times (default 3), each round into a fresh temporary cache, and
 * prints the CPU (process.cpuUsage, user + system) per document of each round, then one more
 * round split into its two halves. The first round also pays for compiling, so compare the
 * later ones. Machines and load differ, so a fixed reference workload is timed in the same
 * process and each figure is also given as a multiple of it: compare a change by that ratio.
 * Run it under `node --import tsx --cpu-prof` to see where the time goes
 * (scripts/bench/cpu-profile-top.ts summarises the profile).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildPublished } from "../pipeline/build-dataset";
import { BuildCache } from "../pipeline/build-cache";
import { readInputs } from "../pipeline/build-inputs";
import { runJob, type WorkerSetup } from "../pipeline/build-worker";
import { datasetOutput } from "../pipeline/dataset-output";
import { readSeed } from "../pipeline/read-seed";
import { loadFrameworks } from "../pipeline/repair/framework";

const seedsDir = resolve(process.argv[2] ?? "");
const rounds = Number(process.argv[3] ?? 3);
if (!process.argv[2] || !(rounds >= 1)) {
  console.error("usage: npx tsx scripts/bench/job-cpu.ts SEEDS [ROUNDS]");
  process.exit(2);
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** The reference workload: JSON and SHA-256 over a fixed object, the kind of work the build does. */
function reference(): number {
  const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `r${i}`, name: `项目${i}支出`, amount: i * 1.25, code: String(2000000 + i) }));
  const start = process.cpuUsage();
  for (let i = 0; i < 20; i++) createHash("sha256").update(JSON.stringify(rows)).digest("hex");
  return cpuMs(start);
}

const inputs = readInputs(seedsDir);
const setup: WorkerSetup = { seedsDir, cacheDir: "", corrections: inputs.corrections, manifest: inputs.manifest };
const frameworks = loadFrameworks(seedsDir);
const n = inputs.files.length;

/** A fresh cache for each round; all removed at the end (removing one while the next round writes would bill its deletes to that round). */
const caches: string[] = [];
process.on("exit", () => {
  for (const dir of caches) rmSync(dir, { recursive: true, force: true });
});
function withCache<T>(run: (cache: BuildCache) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "job-cpu-"));
  caches.push(dir);
  return run(new BuildCache(dir));
}

reference(); // compiled before it is timed
const refs: number[] = [];
const perDoc: number[] = [];
for (let r = 0; r < rounds; r++) {
  refs.push(reference());
  const ms = withCache((cache) => {
    const start = process.cpuUsage();
    inputs.files.forEach((file, i) => {
      const result = runJob({ ...setup, cacheDir: cache.dir }, frameworks, cache, { file, key: `job-${i}` });
      if (!("built" in result)) throw new Error(`${file} did not build: ${JSON.stringify(result).slice(0, 500)}`);
    });
    return cpuMs(start);
  });
  perDoc.push(ms / n);
  console.log(`round ${r + 1}: ${(ms / n).toFixed(1)} ms CPU per document (${n} documents)`);
}

// The same work in its two halves (runJob's try/catch and result aside).
const split = withCache((cache) => {
  let build = 0;
  let output = 0;
  inputs.files.forEach((file, i) => {
    let start = process.cpuUsage();
    const { dataset, json } = buildPublished(readSeed(join(seedsDir, file)), { seedsDir, corrections: inputs.corrections, frameworks, manifest: inputs.manifest[file] });
    build += cpuMs(start);
    start = process.cpuUsage();
    cache.putEntry(`job-${i}`, datasetOutput(dataset, cache, json));
    output += cpuMs(start);
  });
  return { build: build / n, output: output / n };
});

const ref = Math.min(...refs);
const later = perDoc.length > 1 ? perDoc.slice(1) : perDoc;
const best = Math.min(...later);
console.log(`split: buildPublished ${split.build.toFixed(1)} ms, datasetOutput ${split.output.toFixed(1)} ms per document`);
console.log(`reference workload: ${ref.toFixed(1)} ms CPU`);
console.log(`best of the later rounds: ${best.toFixed(1)} ms CPU per document = ${(best / ref).toFixed(3)} × the reference workload`);
