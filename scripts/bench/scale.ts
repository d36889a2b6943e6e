/**
 * npm run bench:scale — the scale curve of the R2 backend: N disclosures (N = 1, 100, 1000;
 * BENCH_SCALE_N="1,100" to choose) published as `npm run publish:r2` would (tables, the
 * search index, the sums), served by the R2 Worker bundle on miniflare's local R2. For a
 * cross-dataset search, a cross-dataset aggregate and a single-dataset query: the first
 * answer (nothing of it cached or read before) and a first answer of another query of the
 * same kind, repeated answers under load, and the bytes read from the bucket per request
 * (counted in process over the same objects). The baseline Worker answers the same paths
 * with constant bodies in the same run, so ratios compare like with like on a busy machine.
 * Writes scripts/bench/results/scale.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { createApp } from "../../src/app";
import { catalogEntries, catalogFile } from "../../src/data/catalog-file";
import { indexKeys, type R2Object } from "../../src/data/r2-layout";
import { publicationOf } from "../pipeline/publication";
import { r2Store } from "../../src/data/r2-store";
import { memoryBucket } from "./memory-bucket";
import { catalogOf } from "../../src/data/table-data";
import { writeBaseline } from "./baseline";
import { bundle, compatibilityDate } from "./bundle";
import { clonedBundle } from "./clones";
import { load } from "./load";
import { projectCopy } from "./synthetic-project";
import { freePort } from "./workerd";

const ROOT = resolve(import.meta.dirname, "../..");
const NS = (process.env.BENCH_SCALE_N ?? "1,100,1000").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const enc = encodeURIComponent;

/** Two requests of each kind: the first ever asked, and another asked after it. */
function requests(id: string) {
  return {
    search: [`/v1/search?q=${enc("满意")}`, `/v1/search?q=${enc("企业家培训")}`],
    aggregate: [`/v1/aggregate?_group=class&_sort=-amount`, `/v1/aggregate?_group=fund,class_code&class_code=206`],
    query: [`/v1/datasets/${id}/tables/project-indicators?level1=${enc("产出目标")}&_sort=-target_value,id`, `/v1/datasets/${id}/tables/budget-lines?row_kind=item&_size=20`],
  };
}
type Kind = keyof ReturnType<typeof requests>;

/** Bytes the app reads from a bucket holding these objects, per request in order (a fresh store: nothing read before). */
async function bytesRead(objects: readonly R2Object[], catalog: ReturnType<typeof catalogOf>, paths: readonly string[]) {
  const { bucket, reads } = memoryBucket(objects);
  const app = createApp(r2Store(bucket, catalog, { index: indexKeys(objects.map(([k]) => k)) }));
  const out = [];
  for (const p of paths) {
    reads.length = 0;
    const r = await app.request(`http://bench.test${p}`);
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${p}: ${r.status}`);
    out.push({ path: p, objects: reads.length, bytes: reads.reduce((n, x) => n + x.bytes, 0) });
  }
  return out;
}

async function timed(url: string): Promise<{ ms: number; status: number; bytes: number; type: string; body: string }> {
  const t = performance.now();
  const r = await fetch(url);
  const body = await r.text();
  return { ms: performance.now() - t, status: r.status, bytes: Buffer.byteLength(body), type: r.headers.get("content-type") ?? "", body };
}

async function point(n: number) {
  const data = clonedBundle(n);
  const metas = data.datasets.map((d) => d.meta);
  const catalog = catalogOf(catalogEntries(catalogFile(metas)));
  const t0 = performance.now();
  const objects = (await publicationOf(data)).objects;
  const publishMs = performance.now() - t0;
  const indexBytes = objects.filter(([k]) => k.startsWith("v1/index/")).reduce((s, [, b]) => s + (typeof b === "string" ? Buffer.byteLength(b) : b.length), 0);

  const dir = mkdtempSync(join(tmpdir(), `scale-${n}-`));
  const project = projectCopy(dir);
  writeFileSync(join(project, "data", "catalog.json"), JSON.stringify(catalogFile(metas)));
  const b = bundle(project, join(dir, "dist"), "r2");
  const id = metas[Math.floor(n / 2)]!.id;
  const paths = requests(id);

  const startedAt = performance.now();
  const mf = new Miniflare(convertV4MiniflareOptions({ modules: true, modulesRoot: b.dir, scriptPath: join(b.dir, b.main), compatibilityDate: compatibilityDate(ROOT), r2Buckets: ["DATA"], host: "127.0.0.1", port: await freePort() }));
  const url = (await mf.ready).toString().replace(/\/$/, "");
  const startupMs = performance.now() - startedAt;
  // Fill the bucket before the first request: the Worker has read nothing and cached nothing yet.
  const bucket = (await mf.getR2Bucket("DATA")) as unknown as { put(key: string, body: string | Uint8Array): Promise<unknown> };
  const t1 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < objects.length) {
        const [key, body] = objects[next++]!;
        await bucket.put(key, body);
      }
    }),
  );
  console.log(`N=${n}: ${objects.length} objects made in ${(publishMs / 1000).toFixed(1)} s, put in the local bucket in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  const root = await timed(url + "/v1");
  try {
    const first: Record<string, { ms: number; bytes: number }[]> = {};
    const recorded = [];
    for (const kind of Object.keys(paths) as Kind[]) {
      first[kind] = [];
      for (const p of paths[kind]) {
        const r = await timed(url + p);
        if (r.status !== 200) throw new Error(`N=${n} ${p}: ${r.status} ${r.body.slice(0, 300)}`);
        first[kind]!.push({ ms: r.ms, bytes: r.bytes });
        recorded.push({ path: p, contentType: r.type, body: r.body });
      }
    }
    const repeated: Record<string, Awaited<ReturnType<typeof load>>> = {};
    for (const kind of Object.keys(paths) as Kind[]) {
      repeated[kind] = await load(url + paths[kind][0], SECONDS, 10);
      if (repeated[kind]!.non2xx) throw new Error(`N=${n} ${kind}: ${repeated[kind]!.non2xx} answers were not 2xx`);
    }
    // The baseline: the same paths answered with the recorded bodies, served the same way.
    const baseDir = join(dir, "baseline");
    mkdirSync(baseDir);
    const base = new Miniflare(convertV4MiniflareOptions({ modules: true, modulesRoot: baseDir, scriptPath: join(baseDir, writeBaseline(baseDir, recorded)), compatibilityDate: compatibilityDate(ROOT), host: "127.0.0.1", port: await freePort() }));
    const baseUrl = (await base.ready).toString().replace(/\/$/, "");
    const baseline: Record<string, number> = {};
    try {
      for (const kind of Object.keys(paths) as Kind[]) baseline[kind] = (await load(baseUrl + paths[kind][0], SECONDS, 10)).rps;
    } finally {
      await base.dispose();
    }
    // Per kind, on a fresh store: the first request, another of its kind, the first again.
    const read: Record<string, Awaited<ReturnType<typeof bytesRead>>> = {};
    for (const kind of Object.keys(paths) as Kind[]) read[kind] = await bytesRead(objects, catalog, [...paths[kind], paths[kind][0]]);
    return { n, publishMs, objects: objects.length, indexBytes, catalogBytes: Buffer.byteLength(JSON.stringify(catalogFile(metas))), bundleGzipBytes: b.gzipBytes, startupMs, rootMs: root.ms, first, repeated, baselineRps: baseline, bytesRead: read };
  } finally {
    await mf.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (x: number) => `${(x / 1024).toFixed(1)} KiB`;
const points = [];
for (const n of NS) {
  const p = await point(n);
  points.push(p);
  console.log(`N=${n}: ${p.objects} objects (index ${kb(p.indexBytes)}), catalogue ${kb(p.catalogBytes)}, Worker ${kb(p.bundleGzipBytes)} gzip, startup ${p.startupMs.toFixed(0)} ms`);
  for (const kind of Object.keys(p.first)) {
    const [a, b] = p.first[kind]!;
    const r = p.repeated[kind]!;
    const reads = p.bytesRead[kind]!;
    console.log(
      `  ${kind.padEnd(9)} first ${a!.ms.toFixed(1)} ms, another ${b!.ms.toFixed(1)} ms; repeated ${r.rps.toFixed(0)}/s (baseline ${p.baselineRps[kind]!.toFixed(0)}/s, ratio ${(r.rps / p.baselineRps[kind]!).toFixed(2)}), p50 ${r.p50} ms, p99 ${r.p99} ms; read first ${reads[0]!.objects} objects ${kb(reads[0]!.bytes)}, another ${reads[1]!.objects} / ${kb(reads[1]!.bytes)}, again ${reads[2]!.objects} / ${kb(reads[2]!.bytes)}`,
    );
  }
}
mkdirSync(join(import.meta.dirname, "results"), { recursive: true });
writeFileSync(join(import.meta.dirname, "results", "scale.json"), JSON.stringify({ taken: new Date().toISOString(), points }, null, 2) + "\n");
