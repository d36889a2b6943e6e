/**
 * npm run bench — the Worker against a constant-response baseline, in one run: bundle
 * size, startup, and requests/s with p50/p99 latency per endpoint, as ratios to the
 * baseline. Writes scripts/bench/results/latest.json and prints a table.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeBaseline, type Recorded } from "./baseline";
import { bundle, compatibilityDate } from "./bundle";
import { load } from "./load";
import { serve } from "./workerd";

const ROOT = resolve(import.meta.dirname, "../..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

/** Name, path, and the Accept header a real client of that endpoint sends. */
export function endpoints(datasetId: string): [string, string, Record<string, string>][] {
  const d = `/v1/datasets/${datasetId}`;
  return [
    ["table JSON", `${d}/tables/projects`, {}],
    ["table CSV", `${d}/tables/projects.csv`, {}],
    ["filtered + sorted", `${d}/tables/project-indicators?level1=${encodeURIComponent("产出目标")}&target_value__gte=50&_sort=-target_value,id`, {}],
    ["aggregate by 类", `${d}/aggregate?_group=class`, {}],
    ["search", `/v1/search?q=${encodeURIComponent("满意")}`, {}],
    ["data package", `${d}/datapackage.json`, {}],
    ["page /", `/`, { Accept: "text/html" }],
  ];
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "bench-"));
  const data = JSON.parse(readFileSync(join(ROOT, "data", "datasets.json"), "utf8"));
  const list = endpoints(data.datasets[0].meta.id);
  const date = compatibilityDate(ROOT);
  const real = bundle(ROOT, join(work, "real"));
  const worker = await serve(real.dir, real.main, 18787, "/v1", date);
  const recorded: Recorded[] = [];
  const available: [string, string, Record<string, string>][] = [];
  for (const [name, path, headers] of list) {
    const r = await fetch(worker.url + path, { headers, redirect: "manual" });
    const body = await r.text();
    if (r.status !== 200) {
      console.log(`skip ${name}: ${path} answers ${r.status}`);
      continue;
    }
    const u = new URL(worker.url + path);
    recorded.push({ path: u.pathname + u.search, contentType: r.headers.get("content-type") ?? "", body });
    available.push([name, path, headers]);
  }
  mkdirSync(join(work, "baseline"));
  const baselineMain = writeBaseline(join(work, "baseline"), recorded);
  const base = await serve(join(work, "baseline"), baselineMain, 18788, recorded[0]!.path, date);
  const baseBundle = readFileSync(join(work, "baseline", baselineMain));

  const rows = [];
  try {
    for (const [name, path, headers] of available) {
      const b = await load(base.url + path, SECONDS, CONNECTIONS, headers);
      const w = await load(worker.url + path, SECONDS, CONNECTIONS, headers);
      rows.push({ endpoint: name, path, worker: w, baseline: b, ratio: w.rps / b.rps });
    }
  } finally {
    await worker.stop();
    await base.stop();
  }
  // Startup again, each in a fresh process, now that nothing else runs.
  const startups = { worker: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < 5; i++) {
    const w = await serve(real.dir, real.main, 18789, "/v1", date);
    startups.worker.push(w.startupMs);
    await w.stop();
    const b = await serve(join(work, "baseline"), baselineMain, 18790, recorded[0]!.path, date);
    startups.baseline.push(b.startupMs);
    await b.stop();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const result = {
    taken: new Date().toISOString(),
    machine: `${(await import("node:os")).cpus().length} cores, ${(await import("node:os")).cpus()[0]?.model}, node ${process.version}`,
    load: { seconds: SECONDS, connections: CONNECTIONS },
    bundle: { rawBytes: real.rawBytes, gzipBytes: real.gzipBytes, baselineRawBytes: baseBundle.length },
    startup: { workerMs: median(startups.worker), baselineMs: median(startups.baseline), ratio: median(startups.worker) / median(startups.baseline) },
    endpoints: rows,
  };
  mkdirSync(join(import.meta.dirname, "results"), { recursive: true });
  writeFileSync(join(import.meta.dirname, "results", "latest.json"), JSON.stringify(result, null, 2) + "\n");
  printTable(result);
}

function printTable(r: { bundle: { rawBytes: number; gzipBytes: number }; startup: { workerMs: number; baselineMs: number; ratio: number }; endpoints: { endpoint: string; worker: { rps: number; p50: number; p99: number; non2xx: number }; baseline: { rps: number; p50: number; p99: number }; ratio: number }[] }) {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`bundle: ${kib(r.bundle.rawBytes)} raw, ${kib(r.bundle.gzipBytes)} gzip`);
  console.log(`startup (median of 5, process start → first 200): worker ${r.startup.workerMs.toFixed(0)} ms, baseline ${r.startup.baselineMs.toFixed(0)} ms, ratio ${r.startup.ratio.toFixed(2)}`);
  console.log(["endpoint".padEnd(20), "req/s".padStart(9), "p50 ms".padStart(7), "p99 ms".padStart(7), "base req/s".padStart(11), "ratio".padStart(6)].join(" "));
  for (const e of r.endpoints) {
    console.log([e.endpoint.padEnd(20), e.worker.rps.toFixed(0).padStart(9), String(e.worker.p50).padStart(7), String(e.worker.p99).padStart(7), e.baseline.rps.toFixed(0).padStart(11), e.ratio.toFixed(2).padStart(6)].join(" ") + (e.worker.non2xx ? `  (${e.worker.non2xx} non-2xx!)` : ""));
  }
}

await main();
