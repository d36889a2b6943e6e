/**
 * npm run bench:worst — the time of the costliest requests a client can send, against an
 * ordinary one, as the red-team review measured it (one request at a time, each distinct so
 * the response cache never answers it, on the bundled Worker served by bare workerd with a
 * 128 MB heap): the median of WORST_RUNS (default 40) of each, after 5 to warm up. On an idle
 * machine the time of one request alone is its CPU time; on a busy one, read the ratios.
 * Writes scripts/bench/results/worst.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundle, compatibilityDate } from "./bundle";
import { freePort, serve } from "./workerd";

const ROOT = resolve(import.meta.dirname, "../..");
const RUNS = Number(process.env.WORST_RUNS ?? 40);
const enc = encodeURIComponent;
const han = (n: number) => String.fromCharCode(0x4e00 + (n % 20000));

const data = JSON.parse(readFileSync(join(ROOT, "data", "datasets.json"), "utf8"));
const id: string = data.datasets[0].meta.id;
const d = `/v1/datasets/${id}`;

/** Each kind: a distinct request per n. */
const KINDS: Record<string, (n: number) => { path: string; headers?: Record<string, string> }> = {
  "ordinary: table JSON": (n) => ({ path: `${d}/tables/projects?_size=10&name__ne=${n}` }),
  "Accept of 200 KB": (n) => ({ path: `${d}/tables/projects?_size=${(n % 900) + 1}`, headers: { Accept: `application/json${`, x-${n}/y;q=0.5`.repeat(12_000)}`.slice(0, 200_000) } }),
  "Accept of 4 KB (the most accepted)": (n) => ({ path: `${d}/tables/projects?_size=${(n % 900) + 1}`, headers: { Accept: `application/json${`, x-${n}/y;q=0.5`.repeat(300)}`.slice(0, 4096) } }),
  "URL of 7 KB (7 filters)": (n) => ({ path: `${d}/tables/projects?_size=1&${Array.from({ length: 7 }, (_, j) => `name__ne=${n}-${j}-${"a".repeat(980)}`).join("&")}` }),
  "table page, 8 long filters": (n) => ({ path: `/datasets/${id}/tables/projects?${Array.from({ length: 8 }, (_, j) => `name__ne=${n}-${j}-${"a".repeat(880)}`).join("&")}`, headers: { Accept: "text/html" } }),
  "search of 8 words of 50": (n) => ({ path: `/v1/search?q=${enc(Array.from({ length: 8 }, (_, j) => Array.from({ length: 24 }, (_, k) => han(n * 997 + j * 31 + k)).join("")).join(" "))}` }),
  "search of 100 words (refused)": (n) => ({ path: `/v1/search?q=${enc(Array.from({ length: 100 }, (_, j) => han(n + j)).join(" "))}` }),
  "id of 8,100 characters": (n) => ({ path: `/v1/datasets/${n}${"2".repeat(8100)}` }),
};

async function timeOne(url: string, headers: Record<string, string> | undefined): Promise<{ ms: number; status: number; bytes: number }> {
  const t = performance.now();
  const r = await fetch(url, { headers });
  const bytes = (await r.arrayBuffer()).byteLength;
  return { ms: performance.now() - t, status: r.status, bytes };
}

const work = mkdtempSync(join(tmpdir(), "worst-"));
const built = bundle(ROOT, join(work, "real"));
const worker = await serve(built.dir, built.main, await freePort(), "/v1", compatibilityDate(ROOT), ["--max-old-space-size=128"]);
const results: Record<string, { medianMs: number; status: number; bytes: number; ratio?: number }> = {};
try {
  let n = 1;
  for (const [kind, make] of Object.entries(KINDS)) {
    const times: number[] = [];
    let last = { status: 0, bytes: 0 };
    for (let i = 0; i < RUNS + 5; i++) {
      const { path, headers } = make(n++);
      const r = await timeOne(worker.url + path, headers);
      if (i >= 5) times.push(r.ms);
      last = r;
    }
    times.sort((a, b) => a - b);
    results[kind] = { medianMs: Number(times[Math.floor(times.length / 2)]!.toFixed(2)), status: last.status, bytes: last.bytes };
  }
} finally {
  await worker.stop();
  rmSync(work, { recursive: true, force: true });
}
const ordinary = results["ordinary: table JSON"]!.medianMs;
for (const r of Object.values(results)) r.ratio = Number((r.medianMs / ordinary).toFixed(1));
for (const [kind, r] of Object.entries(results)) console.log(`${kind.padEnd(36)} ${String(r.status).padEnd(4)} ${r.medianMs.toFixed(2).padStart(8)} ms  ${String(r.ratio).padStart(5)}×  ${r.bytes} bytes`);
mkdirSync(join(import.meta.dirname, "results"), { recursive: true });
writeFileSync(join(import.meta.dirname, "results", "worst.json"), `${JSON.stringify({ taken: new Date().toISOString(), runs: RUNS, results }, null, 2)}\n`);
