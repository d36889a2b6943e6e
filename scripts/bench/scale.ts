/**
 * npm run bench:scale — the scale curve: N synthetic disclosures (N = 1, 10, 100; 1000 with
 * BENCH_SCALE_MAX=1000) built, bundled and served; build time, bundle size, startup, and
 * the latency of a single-dataset query, a cross-dataset search and an aggregate.
 * Writes scripts/bench/results/scale.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { bundle, compatibilityDate } from "./bundle";
import { syntheticProject } from "./synthetic-project";
import { load } from "./load";
import { serve } from "./workerd";

const ROOT = resolve(import.meta.dirname, "../..");
const MAX = Number(process.env.BENCH_SCALE_MAX ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const LIMITS = { free: 3 * 1024 * 1024, paid: 10 * 1024 * 1024 };

async function point(n: number, port: number) {
  const { dir, project, buildMs } = syntheticProject(n);
  const data = JSON.parse(readFileSync(join(project, "data", "datasets.json"), "utf8"));
  const id = data.datasets[Math.floor(n / 2)].meta.id;
  const b = bundle(project, join(dir, "dist"));
  const served = await serve(b.dir, b.main, port, "/v1", compatibilityDate(ROOT));
  try {
    const q = {
      query: await load(`${served.url}/v1/datasets/${id}/tables/project-indicators?level1=${encodeURIComponent("产出目标")}&_sort=-target_value,id`, SECONDS, 10),
      search: await load(`${served.url}/v1/search?q=${encodeURIComponent("满意")}`, SECONDS, 10),
      aggregate: await load(`${served.url}/v1/datasets/${id}/aggregate?_group=class`, SECONDS, 10),
    };
    return { n, buildMs, rawBytes: b.rawBytes, gzipBytes: b.gzipBytes, startupMs: served.startupMs, ...q };
  } finally {
    await served.stop();
  }
}

const points = [];
for (const n of [1, 10, 100, 1000].filter((x) => x <= MAX)) {
  points.push(await point(n, 18800 + points.length));
  const p = points.at(-1)!;
  console.log(`N=${n}: build ${(p.buildMs / 1000).toFixed(1)} s, bundle ${(p.gzipBytes / 1024).toFixed(0)} KiB gzip, startup ${p.startupMs.toFixed(0)} ms, query p50 ${p.query.p50} ms (${p.query.rps.toFixed(0)}/s), search p50 ${p.search.p50} ms (${p.search.rps.toFixed(0)}/s), aggregate p50 ${p.aggregate.p50} ms (${p.aggregate.rps.toFixed(0)}/s)`);
}
const first = points[0]!;
const last = points.at(-1)!;
const perDoc = (last.gzipBytes - first.gzipBytes) / (last.n - first.n);
const fixed = first.gzipBytes - perDoc * first.n;
const limitN = Object.fromEntries(Object.entries(LIMITS).map(([k, bytes]) => [k, Math.floor((bytes - fixed) / perDoc)]));
console.log(`bundle grows by ${(perDoc / 1024).toFixed(1)} KiB gzip per document: the 3 MB (free) limit is reached at N ≈ ${limitN.free}, the 10 MB (paid) limit at N ≈ ${limitN.paid}`);
mkdirSync(join(import.meta.dirname, "results"), { recursive: true });
writeFileSync(join(import.meta.dirname, "results", "scale.json"), JSON.stringify({ taken: new Date().toISOString(), points, gzipBytesPerDocument: perDoc, documentsAtLimit: limitN }, null, 2) + "\n");
