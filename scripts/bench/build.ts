/**
 * npm run bench:build — the build at a province's scale, on documents the simulator makes
 * (npm run province: distinct departments and vocabularies, filled tables, units, artefacts).
 * For each N (BENCH_BUILD_N, default "100,1000,10000"): a full build (`npm run build:data` in a
 * child, worker threads on every core, a fresh cache) with its wall time, CPU, peak RSS and bytes
 * written; then one document replaced and the incremental rebuild; then, up to
 * BENCH_PUBLISH_MAX_N (default 1000), the publication to a local R2 bucket (Miniflare, as
 * `npm run publish:r2` does it), the incremental publication after the change, and the R2
 * Worker's first answers from that bucket (past it, from a bucket holding the catalogue and only
 * what those answers read: r2-sparse.ts); for every N, the heap the R2 Worker holds and its
 * first answers in process (worker-heap.ts). Documents are generated once into BENCH_BUILD_DIR
 * (default a folder in the system's temp) and reused. Writes scripts/bench/results/build.json.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import type { Correction } from "../../src/schema/dataset";
import { BuildCache } from "../pipeline/build-cache";
import { pointerObjects } from "../pipeline/publication";
import { publishBuild, type PublishTarget } from "../pipeline/publish-build";
import { FORMS, provinceDocument, TOPICS } from "../synthetic/province";
import { loadRealSeed } from "../simulate/run-variant";
import { bundle, compatibilityDate } from "./bundle";
import { projectCopy } from "./synthetic-project";
import { sparseServing } from "./r2-sparse";
import { freePort } from "./workerd";

const ROOT = resolve(import.meta.dirname, "../..");
const NS = (process.env.BENCH_BUILD_N ?? "100,1000,10000").split(",").map(Number);
const PUBLISH_MAX = Number(process.env.BENCH_PUBLISH_MAX_N ?? 1000);
const WORK = resolve(process.env.BENCH_BUILD_DIR ?? join(tmpdir(), "bench-build"));
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const DOCS = join(WORK, "docs");
const MAX = Math.max(...NS);
const enc = encodeURIComponent;

/** `--generate FROM COUNT`: a child writing documents FROM…FROM+COUNT-1 (and the replacement) into DOCS. */
if (process.argv[2] === "--generate") {
  const [from, count] = [Number(process.argv[3]), Number(process.argv[4])];
  const real = loadRealSeed(join(ROOT, "seeds"));
  const names = real.published.tables.projects!.map((p) => String(p.name));
  const corrections: Correction[] = [];
  for (let i = from; i < from + count; i++) {
    const d = provinceDocument(real, names, i);
    writeFileSync(join(DOCS, d.file), d.text);
    corrections.push(...d.corrections);
  }
  writeFileSync(join(DOCS, `corrections-${from}.json`), JSON.stringify(corrections));
  process.exit(0);
}

const dirSize = (dir: string): number => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0) : 0);

/** The documents 1…MAX and a replacement (MAX + 1), generated once, in parallel children. */
async function generate(): Promise<void> {
  const marker = join(DOCS, `.complete-${MAX}`);
  if (existsSync(marker)) return;
  rmSync(DOCS, { recursive: true, force: true });
  mkdirSync(DOCS, { recursive: true });
  const t = performance.now();
  const total = MAX + 1;
  const size = Math.ceil(total / availableParallelism());
  const parts = Array.from({ length: Math.ceil(total / size) }, (_, k) => [1 + k * size, Math.min(size, total - k * size)] as const);
  await Promise.all(
    parts.map(
      ([from, count]) =>
        new Promise<void>((done, fail) =>
          spawn(process.execPath, [TSX, import.meta.filename, "--generate", String(from), String(count)], { stdio: "inherit", env: { ...process.env, BENCH_BUILD_DIR: WORK } }).on("exit", (code) => (code === 0 ? done() : fail(new Error(`generator exited ${code}`)))),
        ),
    ),
  );
  const all = parts.flatMap(([from]) => JSON.parse(readFileSync(join(DOCS, `corrections-${from}.json`), "utf8")) as Correction[]);
  writeFileSync(join(DOCS, "corrections.all.json"), JSON.stringify(all));
  writeFileSync(marker, "");
  console.log(`generated ${total} documents in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

const docName = (i: number) => `p${String(i).padStart(6, "0")}.txt`;

/** A seeds folder of documents 1…n (hard links: the build reads regular files only), their corrections and the reference files. */
function seedsOf(n: number, dir: string): string {
  const seeds = join(dir, "seeds");
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  for (const f of readdirSync(join(ROOT, "seeds"))) if (!f.endsWith(".txt") && f !== "corrections.json" && f !== "manifest.json") copyFileSync(join(ROOT, "seeds", f), join(seeds, f));
  for (let i = 1; i <= n; i++) linkSync(join(DOCS, docName(i)), join(seeds, docName(i)));
  const all = JSON.parse(readFileSync(join(DOCS, "corrections.all.json"), "utf8")) as Correction[];
  const wanted = new Set(Array.from({ length: n }, (_, i) => docName(i + 1)));
  writeFileSync(join(seeds, "corrections.json"), JSON.stringify({ corrections: all.filter((c) => wanted.has(c.file)) }));
  return seeds;
}

/** Document `target` replaced by the replacement (MAX + 1) under its name, with its corrections. */
function replaceOne(seeds: string, target: number): void {
  const name = docName(target);
  rmSync(join(seeds, name));
  writeFileSync(join(seeds, name), readFileSync(join(DOCS, docName(MAX + 1))));
  const file = JSON.parse(readFileSync(join(seeds, "corrections.json"), "utf8")) as { corrections: Correction[] };
  const all = JSON.parse(readFileSync(join(DOCS, "corrections.all.json"), "utf8")) as Correction[];
  const replacement = all.filter((c) => c.file === docName(MAX + 1)).map((c) => ({ ...c, file: name }));
  writeFileSync(join(seeds, "corrections.json"), JSON.stringify({ corrections: [...file.corrections.filter((c) => c.file !== name), ...replacement] }));
}

/** Another department's document (MAX + 2, generated on first use) added after document `after`, under a name that sorts right after it: mid-catalogue. */
function addOne(seeds: string, after: number): void {
  const extra = MAX + 2;
  if (!existsSync(join(DOCS, `corrections-${extra}.json`))) {
    const r = spawnSync(process.execPath, [TSX, import.meta.filename, "--generate", String(extra), "1"], { stdio: "inherit", env: { ...process.env, BENCH_BUILD_DIR: WORK } });
    if (r.status !== 0) throw new Error(`generating document ${extra} failed`);
  }
  const name = docName(after).replace(/\.txt$/, "a.txt");
  writeFileSync(join(seeds, name), readFileSync(join(DOCS, docName(extra))));
  const file = JSON.parse(readFileSync(join(seeds, "corrections.json"), "utf8")) as { corrections: Correction[] };
  const added = (JSON.parse(readFileSync(join(DOCS, `corrections-${extra}.json`), "utf8")) as Correction[]).map((c) => ({ ...c, file: name }));
  writeFileSync(join(seeds, "corrections.json"), JSON.stringify({ corrections: [...file.corrections, ...added] }));
}

/** Document `target`'s first project renamed (a typo fixed): the same rows, a few words of other text. */
function renameProject(seeds: string, target: number): void {
  const name = docName(target);
  const text = readFileSync(join(seeds, name), "utf8");
  const found = new RegExp(`(${TOPICS.join("|")})(${FORMS.join("|")})`).exec(text)?.[0];
  if (!found) throw new Error(`${name}: no project name of the generator's vocabulary`);
  const renamed = `${found.slice(0, -2)}补助`;
  rmSync(join(seeds, name));
  writeFileSync(join(seeds, name), text.replaceAll(found, renamed));
  const file = readFileSync(join(seeds, "corrections.json"), "utf8");
  writeFileSync(join(seeds, "corrections.json"), JSON.stringify({ corrections: (JSON.parse(file) as { corrections: Correction[] }).corrections.map((c) => (c.file === name ? (JSON.parse(JSON.stringify(c).replaceAll(found, renamed)) as Correction) : c)) }));
}

interface Run {
  wallS: number;
  cpuS: number;
  peakRssMb: number;
  log: string;
}

/** npm run build:data's script in a child, under /usr/bin/time (wall, user + system CPU, peak RSS of the process and its threads). */
function buildData(seeds: string, out: string, cache: string): Run {
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", process.execPath, TSX, join(ROOT, "scripts", "build-data.ts"), seeds, join(out, "datasets.json")], { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, BUILD_CACHE: cache } });
  const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !time) throw new Error(`build failed (${r.status}):\n${r.stderr.slice(-3000)}`);
  return { wallS: Number(time[1]), cpuS: Number(time[2]) + Number(time[3]), peakRssMb: Math.round(Number(time[4]) / 1024), log: r.stdout.split("\n").filter((l) => /dataset\(s\)|wrote|unchanged|past the|search index/.test(l)).join("\n") };
}

interface WorkerHeap {
  bytes: number;
  heldMb: number;
  answers: Record<string, { ms: number; status: number; objects: number; bytes: number; peakMb: number }>;
}
/** What the R2 Worker holds of this build once loaded and after its first answers, and those answers (worker-heap.ts, in a child with --expose-gc). */
function workerHeap(catalog: string, cacheDir: string): WorkerHeap {
  const r = spawnSync(process.execPath, [TSX, "--expose-gc", join(ROOT, "scripts", "bench", "worker-heap.ts"), catalog, cacheDir], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`worker-heap failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as WorkerHeap;
}

/** A Miniflare serving the R2 Worker over a bucket persisted in `state`. */
async function r2Worker(workerDir: string, main: string, state: string) {
  // The bucket kept on disk between Miniflares (this Miniflare's name for persistence).
  const mf = new Miniflare({ ...convertV4MiniflareOptions({ modules: true, modulesRoot: workerDir, scriptPath: join(workerDir, main), compatibilityDate: compatibilityDate(ROOT), r2Buckets: ["DATA"], cache: false, host: "127.0.0.1", port: await freePort() }), resourcePersistencePath: state });
  const url = (await mf.ready).toString().replace(/\/$/, "");
  type R2 = { get(k: string): Promise<{ text(): Promise<string> } | null>; put(k: string, b: Uint8Array | string): Promise<unknown> };
  const bucket = (await mf.getR2Bucket("DATA")) as unknown as R2;
  const target: PublishTarget = { get: async (k) => (await (await bucket.get(k))?.text()) ?? null, put: async (k, b) => void (await bucket.put(k, b)) };
  return { mf, url, target };
}

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  const r = await fetch(url);
  await r.arrayBuffer();
  return { ms: Math.round(performance.now() - t), status: r.status };
}

await generate();
rmSync(join(WORK, "worker"), { recursive: true, force: true });
const project = projectCopy(join(WORK, "worker"));
const worker = bundle(project, join(WORK, "worker", "dist"), "r2");
const points = [];
for (const n of NS) {
  const dir = join(WORK, `n${n}`);
  const seeds = seedsOf(n, dir);
  const out = join(dir, "data");
  const cache = join(dir, "cache");
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const full = buildData(seeds, out, cache);
  const bytes = { data: dirSize(out), cache: dirSize(cache) };
  console.log(`N=${n} full build: ${full.wallS} s wall, ${full.cpuS.toFixed(0)} s CPU, peak RSS ${full.peakRssMb} MB, ${(bytes.cache / 1048576).toFixed(0)} MB written to the cache, ${(bytes.data / 1048576).toFixed(1)} MB to data/\n${full.log}`);
  const catalogBefore = readFileSync(join(out, "catalog.json"), "utf8");
  const { answers, ...catalogHeap } = workerHeap(join(out, "catalog.json"), cache);
  console.log(`N=${n} the R2 Worker's catalogue: ${(catalogHeap.bytes / 1048576).toFixed(1)} MB; ${catalogHeap.heldMb} MB held once loaded, at most ${Math.max(...Object.values(answers).map((a) => a.peakMb))} MB live during its first answers (an isolate has 128 MB)`);
  console.log(`N=${n} first answers of the R2 store over the build's objects (in process): ${Object.entries(answers).map(([k, v]) => `${k} ${v.ms} ms, ${v.objects} objects, ${(v.bytes / 1024).toFixed(0)} KiB, ${v.peakMb} MB live at most${v.status === 200 ? "" : ` (${v.status})`}`).join("; ")}`);
  let publish: Record<string, unknown> | null = null;
  let state: string | null = null;
  if (n <= PUBLISH_MAX) {
    state = join(dir, "r2");
    rmSync(state, { recursive: true, force: true });
    const w = await r2Worker(worker.dir, worker.main, state);
    try {
      const first = await publishBuild(w.target, catalogBefore, new BuildCache(cache));
      publish = { full: { s: first.ms / 1000, objects: first.uploaded, mb: first.bytes / 1048576 } };
      console.log(`N=${n} full publish to local R2: ${(first.ms / 1000).toFixed(1)} s, ${first.uploaded} objects, ${(first.bytes / 1048576).toFixed(0)} MB`);
    } finally {
      await w.mf.dispose();
    }
  }
  // Without the full build in the bucket (past BENCH_PUBLISH_MAX_N: local R2 takes objects at the rate
  // measured below it), the bucket holds what a full publication leaves for the next one to read:
  // the build's catalogue and pointer. An incremental publication reads those and uploads what changed.
  if (!state) {
    state = join(dir, "r2-pointer-only");
    rmSync(state, { recursive: true, force: true });
    const w = await r2Worker(worker.dir, worker.main, state);
    try {
      for (const [k, b] of pointerObjects(catalogBefore)) await w.target.put(k, b, "application/json");
    } finally {
      await w.mf.dispose();
    }
  }
  // Three changes, one after the other: a document replaced by another department's (new text and rows:
  // its segment's every shard changes), a project renamed in another document (a few words: a few
  // shards), and another department's document added mid-catalogue (a segment's cut moves; the others keep theirs).
  const changes: Record<string, unknown>[] = [];
  for (const [change, edit] of [
    ["one document replaced", () => replaceOne(seeds, Math.ceil(n / 2))],
    ["one project renamed", () => renameProject(seeds, Math.ceil(n / 3))],
    ["one document added mid-catalogue", () => addOne(seeds, Math.ceil(n / 4))],
  ] as const) {
    edit();
    const rebuilt = buildData(seeds, out, cache);
    console.log(`N=${n} ${change}, rebuilt: ${rebuilt.wallS} s wall, ${rebuilt.cpuS.toFixed(1)} s CPU, peak RSS ${rebuilt.peakRssMb} MB\n${rebuilt.log}`);
    const w = await r2Worker(worker.dir, worker.main, state);
    try {
      const again = await publishBuild(w.target, readFileSync(join(out, "catalog.json"), "utf8"), new BuildCache(cache));
      const index = again.keys.filter((k) => k.includes("/search/")).length;
      console.log(`N=${n} ${change}, published: ${(again.ms / 1000).toFixed(1)} s, ${again.uploaded} objects uploaded (${(again.bytes / 1048576).toFixed(1)} MB; ${index} of them search index objects), ${again.objects - again.unchanged} of the ${again.objects} contents and index objects the catalogue records new`);
      changes.push({ change, rebuild: { ...rebuilt, log: undefined }, publish: { s: again.ms / 1000, objects: again.uploaded, of: again.objects, indexObjects: index, mb: again.bytes / 1048576 } });
    } finally {
      await w.mf.dispose();
    }
  }
  let serving = null;
  if (publish) {
    const w = await r2Worker(worker.dir, worker.main, state);
    try {
      const id = (JSON.parse(catalogBefore) as { datasets: { id: string }[] }).datasets[Math.floor(n / 4)]!.id;
      serving = {
        root: await timed(`${w.url}/v1`),
        search: await timed(`${w.url}/v1/search?q=${enc("满意")}`),
        search2: await timed(`${w.url}/v1/search?q=${enc("智慧农业")}`),
        aggregate: await timed(`${w.url}/v1/aggregate?_group=class&_sort=-amount&year=2025`),
        query: await timed(`${w.url}/v1/datasets/${id}/tables/budget-lines?row_kind=item&_size=20`),
      };
      console.log(`N=${n} first answers from R2 (ms): ${Object.entries(serving).map(([k, v]) => `${k} ${v.ms}${v.status === 200 ? "" : ` (${v.status})`}`).join(", ")}`);
    } finally {
      await w.mf.dispose();
    }
  }
  // Past BENCH_PUBLISH_MAX_N, the real R2 Worker over a bucket holding the catalogue and only what its first answers read.
  const sparse = publish ? null : await sparseServing(out, cache);
  if (sparse) console.log(`N=${n} first answers of the R2 Worker on Miniflare, its bucket holding the catalogue and the ${sparse.objects} objects they read (ms; each in a new isolate after /v1, which loads the catalogue in ${Math.max(...Object.values(sparse.answers).map((a) => a.loadMs))} ms at most): ${Object.entries(sparse.answers).map(([k, v]) => `${k} ${v.ms}${v.status === 200 ? "" : ` (${v.status})`}`).join(", ")}`);
  points.push({ n, cores: availableParallelism(), full: { ...full, log: undefined, bytesWritten: bytes }, catalogHeap, answers, publish, changes, serving, sparse });
}
const file = join(ROOT, "scripts", "bench", "results", "build.json");
writeFileSync(file, JSON.stringify({ taken: new Date().toISOString(), machine: { cores: availableParallelism(), node: process.version }, points }, null, 1) + "\n");
console.log(`wrote ${file}`);
