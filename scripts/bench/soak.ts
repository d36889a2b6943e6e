/**
 * npm run soak — SOAK_SECONDS (default 600) of mixed traffic, ordinary and hostile
 * (soak-mix.ts), against the bundled Worker on bare workerd, from SOAK_CONNECTIONS
 * (default 16) keep-alive connections sending as fast as the machine answers. Samples
 * workerd's resident memory (VmRSS of /proc/<pid>/status) every second and fails unless
 * - it stays under SOAK_MAX_RSS_MB (default 400) and
 * - it grows by at most SOAK_MAX_GROWTH_MB (default 32, the response cache's budget) from
 *   the first half of the run to the second: memory settles, it does not climb, and
 * - no answer is a 5xx, and every request is answered as its kind should be.
 * Bare workerd's own memory settles at some 200–300 MB under any sustained load, even one
 * cached response repeated (SOAK_KINDS=row), so the absolute bound is workerd's plateau
 * with a margin, and the growth bound is what tells a Worker that keeps memory it should not.
 * SOAK_BACKEND=r2 (npm run soak:r2) serves the R2 Worker bundle instead, on Miniflare's local
 * R2 with the build's objects and the same heap limit (miniflare-r2.ts), and adds searches of
 * random 50-character words to the mix, each a miss of 49 character pairs: the load that grew
 * the R2 search index's cache without bound. Its RSS bound is 768 MB (Miniflare's workerd alone
 * settles near 510 MB). SOAK_REQUESTS stops the run after that many requests.
 * Writes scripts/bench/results/soak.json (soak-r2.json in the R2 mode). Not part of npm test.
 */
import { Agent, request as httpRequest } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundle, compatibilityDate } from "./bundle";
import { soakRequests, type SoakRequest } from "./soak-mix";
import { publicationOf } from "../pipeline/publication";
import { serveR2 } from "./miniflare-r2";
import { freePort, serve } from "./workerd";

const ROOT = resolve(import.meta.dirname, "../..");
const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 16);
/** bundled (the data in the script, bare workerd) or r2 (the R2 Worker on Miniflare's local bucket). */
const BACKEND = process.env.SOAK_BACKEND === "r2" ? "r2" : "bundled";
/**
 * Miniflare's workerd carries its local R2, its entry worker and their state: it settled near
 * 510 MB under a single cached response repeated (SOAK_KINDS=row), and near 638 MB from the
 * third minute on under random-word searches (measured), so its bound is higher.
 */
const MAX_RSS_MB = Number(process.env.SOAK_MAX_RSS_MB ?? (BACKEND === "r2" ? 768 : 400));
/** Stops after this many requests, if that comes before SOAK_SECONDS. */
const MAX_REQUESTS = Number(process.env.SOAK_REQUESTS ?? Infinity);
const MAX_GROWTH_MB = Number(process.env.SOAK_MAX_GROWTH_MB ?? 32);
/** A request that takes longer than this is a failure of its own (and cannot stall the run). */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * The V8 heap of the isolate, in MB: 128, as on Cloudflare, whose isolates may use 128 MB.
 * Bare workerd sets no limit, and V8 then lets garbage pile up long before collecting it;
 * with the platform's limit a Worker that kept what it should not would run out of memory.
 */
const HEAP_MB = Number(process.env.SOAK_HEAP_MB ?? 128);

/** Stops workerd, whatever ends the run (set once it is started). */
let stopWorker = async () => {};

/** Resident memory of a process in MB, or null once it is gone. */
function rssMb(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** One request; resolves with the status (0 when the connection failed) and the latency. */
function send(agent: Agent, base: URL, r: SoakRequest): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((done) => {
    const req = httpRequest({ agent, host: base.hostname, port: base.port, path: r.path, headers: r.headers, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      res.on("data", () => {});
      res.on("end", () => done({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      res.on("error", () => done({ status: 0, ms: performance.now() - started }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => done({ status: 0, ms: performance.now() - started }));
    req.end();
  });
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "soak-"));
  const data = JSON.parse(readFileSync(join(ROOT, "data", "datasets.json"), "utf8"));
  const dataset: string = data.datasets[0].meta.id;
  const built = bundle(ROOT, join(work, "real"), BACKEND === "r2" ? "r2" : undefined);
  const worker =
    BACKEND === "r2"
      ? await serveR2(built.dir, built.main, await freePort(), compatibilityDate(ROOT), HEAP_MB, (await publicationOf(data)).objects)
      : await serve(built.dir, built.main, await freePort(), "/v1", compatibilityDate(ROOT), [`--max-old-space-size=${HEAP_MB}`]);
  stopWorker = worker.stop;
  // However the run ends, workerd is stopped and the process exits.
  const hardStop = setTimeout(async () => {
    console.error("soak: did not finish in time; stopping");
    await worker.stop();
    process.exit(2);
  }, (SECONDS + 120) * 1000);
  const interrupted = async () => {
    await worker.stop();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  const base = new URL(worker.url);
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  // SOAK_KINDS (a comma list of kinds of soak-mix.ts) narrows the mix, to find what costs memory.
  const next = soakRequests(dataset, process.env.SOAK_KINDS?.split(","), BACKEND === "r2" || process.env.SOAK_KINDS !== undefined);
  const statuses = new Map<number, number>();
  const byKind = new Map<string, { requests: number; unexpected: number; statuses: Record<number, number> }>();
  let latencies = new Float64Array(1 << 20);
  let count = 0;
  const rssStart = rssMb(worker.pid)!;
  const started = performance.now();
  let rssPeak = rssStart;
  let workerdGone = false;
  const samples: { s: number; mb: number }[] = [];
  const sampler = setInterval(() => {
    const rss = rssMb(worker.pid);
    if (rss === null) workerdGone = true;
    else {
      rssPeak = Math.max(rssPeak, rss);
      samples.push({ s: (performance.now() - started) / 1000, mb: rss });
    }
  }, 1000);

  const deadline = started + SECONDS * 1000;
  let issued = 0;
  console.log(`soak (${BACKEND}): ${SECONDS} s, ${CONNECTIONS} connections, workerd pid ${worker.pid} at ${worker.url}, RSS ${rssStart.toFixed(1)} MB at start`);
  const progress = setInterval(() => console.log(`soak: ${Math.round((performance.now() - started) / 1000)} s, ${count} requests, peak RSS ${rssPeak.toFixed(1)} MB`), 10_000);
  const loop = async () => {
    while (performance.now() < deadline && !workerdGone && issued < MAX_REQUESTS) {
      issued++;
      const r = next();
      const { status, ms } = await send(agent, base, r);
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = ms;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const k = byKind.get(r.kind) ?? { requests: 0, unexpected: 0, statuses: {} };
      k.requests++;
      k.statuses[status] = (k.statuses[status] ?? 0) + 1;
      if (!r.expect.includes(status)) k.unexpected++;
      byKind.set(r.kind, k);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(progress);
  clearInterval(sampler);
  const rssEnd = rssMb(worker.pid);
  if (rssEnd !== null) rssPeak = Math.max(rssPeak, rssEnd);
  agent.destroy();
  await worker.stop();
  clearTimeout(hardStop);
  rmSync(work, { recursive: true, force: true });

  const sorted = latencies.slice(0, count).sort();
  const serverErrors = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const failedConnections = statuses.get(0) ?? 0;
  const unexpected = [...byKind.values()].reduce((n, k) => n + k.unexpected, 0);
  const half = elapsed / 2;
  const peakOf = (xs: typeof samples) => Math.max(0, ...xs.map((x) => x.mb));
  const growth = peakOf(samples.filter((x) => x.s > half)) - peakOf(samples.filter((x) => x.s <= half));
  const at = (fraction: number) => samples.find((x) => x.s >= fraction * elapsed)?.mb ?? null;
  const failures = [
    ...(workerdGone ? ["workerd exited during the run"] : []),
    ...(rssPeak >= MAX_RSS_MB ? [`peak RSS ${rssPeak.toFixed(1)} MB is not under ${MAX_RSS_MB} MB`] : []),
    ...(growth > MAX_GROWTH_MB ? [`RSS grew by ${growth.toFixed(1)} MB from the first half of the run to the second (at most ${MAX_GROWTH_MB} MB)`] : []),
    ...(serverErrors ? [`${serverErrors} responses were 5xx`] : []),
    ...(failedConnections ? [`${failedConnections} requests failed or timed out`] : []),
    ...(unexpected ? [`${unexpected} requests answered with a status their kind should not have`] : []),
  ];
  const result = {
    when: new Date().toISOString(),
    backend: BACKEND,
    seconds: Number(elapsed.toFixed(1)),
    connections: CONNECTIONS,
    requests: count,
    requestsPerSecond: Math.round(count / elapsed),
    latencyMs: { p50: Number(percentile(sorted, 50).toFixed(2)), p99: Number(percentile(sorted, 99).toFixed(2)), max: Number((sorted[count - 1] ?? 0).toFixed(2)) },
    heapLimitMb: HEAP_MB,
    rssMb: {
      start: Number(rssStart.toFixed(1)),
      atQuarters: [0.25, 0.5, 0.75].map((f) => at(f)).map((v) => (v === null ? null : Number(v.toFixed(1)))),
      peak: Number(rssPeak.toFixed(1)),
      end: rssEnd === null ? null : Number(rssEnd.toFixed(1)),
      bound: MAX_RSS_MB,
      secondHalfGrowth: Number(growth.toFixed(1)),
      growthBound: MAX_GROWTH_MB,
    },
    statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
    serverErrors,
    kinds: Object.fromEntries([...byKind].sort(([a], [b]) => (a < b ? -1 : 1))),
    passed: failures.length === 0,
    failures,
  };
  const out = join(ROOT, "scripts", "bench", "results");
  mkdirSync(out, { recursive: true });
  // SOAK_RESULT names another file, for a run that is not to replace the committed one.
  const file = process.env.SOAK_RESULT ?? (BACKEND === "r2" ? "soak-r2.json" : "soak.json");
  writeFileSync(join(out, file), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify({ ...result, kinds: undefined }, null, 2));
  console.log(failures.length ? `soak: FAILED: ${failures.join("; ")}` : `soak: passed (results/${file})`);
  process.exit(failures.length ? 1 : 0);
}

main().catch(async (e) => {
  console.error(e);
  await stopWorker();
  process.exit(1);
});
