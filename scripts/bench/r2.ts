/**
 * npm run bench:r2 — what leaving the bundle costs: N synthetic disclosures (N = 100 by
 * default, BENCH_R2_N to change) served by the bundled backend and by the R2 backend, in one
 * run, both through `wrangler dev` (which provides the local R2 bucket; its proxy adds the
 * same cost to both): the first (cold) request and steady-state load of a single-dataset
 * query, a cross-dataset search and an aggregate. Writes scripts/bench/results/r2-<N>.json.
 * Beyond 200 documents the bundled backend no longer fits a Worker (nor one JSON string of
 * the build), so only R2 is measured, on copies of the real dataset under new ids.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getPlatformProxy } from "wrangler";
import { catalogFile } from "../../src/data/catalog-file";
import { publicationOf } from "../pipeline/publication";
import { bundle } from "./bundle";
import { devServer, QUIET } from "./wrangler-dev";
import { load } from "./load";
import { projectCopy, syntheticProject } from "./synthetic-project";
import type { Bundle } from "../../src/schema/bundle";

const ROOT = resolve(import.meta.dirname, "../..");
const N = Number(process.env.BENCH_R2_N ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

async function measure(backend: string, url: string, id: string) {
  const paths = {
    query: `/v1/datasets/${id}/tables/project-indicators?level1=${encodeURIComponent("产出目标")}&_sort=-target_value,id`,
    search: `/v1/search?q=${encodeURIComponent("满意")}`,
    aggregate: `/v1/datasets/${id}/aggregate?_group=class`,
  };
  const coldMs: Record<string, number> = {};
  for (const [k, p] of Object.entries(paths)) {
    const t = performance.now();
    const r = await fetch(url + p);
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${backend} ${p}: ${r.status}`);
    coldMs[k] = performance.now() - t;
  }
  const steady: Record<string, { rps: number; p50: number; p99: number; non2xx: number }> = {};
  for (const [k, p] of Object.entries(paths)) {
    steady[k] = await load(url + p, SECONDS, 10);
    if (steady[k].non2xx) throw new Error(`${backend} ${p}: ${steady[k].non2xx} answers were not 2xx`);
  }
  return { backend, coldMs, steady };
}

/** N copies of the real dataset under new ids and versions, written as the catalogue of a project copy. */
function clonedProject(n: number): { project: string; data: Bundle } {
  const real = (JSON.parse(readFileSync(join(ROOT, "data", "datasets.json"), "utf8")) as Bundle).datasets[0]!;
  const datasets = Array.from({ length: n }, (_, i) => {
    const id = `${real.meta.year}-${(0x10000000 + i).toString(16)}`;
    return { ...real, meta: { ...real.meta, id, version: `${real.meta.version.slice(0, 8)}${i.toString(16).padStart(8, "0")}` } };
  });
  const project = projectCopy(mkdtempSync(join(tmpdir(), `r2-${n}-`)));
  writeFileSync(join(project, "data", "catalog.json"), JSON.stringify(catalogFile(datasets.map((d) => d.meta))));
  return { project, data: { format: 1, datasets } };
}

const CLONE = N > 200;
const { project, buildMs, data } = CLONE
  ? { ...clonedProject(N), buildMs: null }
  : (() => {
      const p = syntheticProject(N);
      return { ...p, data: JSON.parse(readFileSync(join(p.project, "data", "datasets.json"), "utf8")) as Bundle };
    })();
const id = data.datasets[Math.floor(N / 2)]!.meta.id;
const bundled = CLONE ? null : bundle(project, join(project, "dist-bundled"));
const r2 = bundle(project, join(project, "dist-r2"), "r2");
const state = join(project, ".state");
const objects = (await publicationOf(data)).objects;
Object.assign(process.env, QUIET);
const proxy = await getPlatformProxy<{ DATA: { put(k: string, v: string | Uint8Array): Promise<unknown> } }>({ configPath: join(project, "wrangler.toml"), environment: "r2", persist: { path: join(state, "v3") } });
for (const [key, body] of objects) await proxy.env.DATA.put(key, body);
await proxy.dispose();

const results = [];
const backends = [["bundled", []], ["r2", ["--env", "r2", "--persist-to", state]]] as const;
for (const [backend, args] of backends.filter(([b]) => !(CLONE && b === "bundled"))) {
  const server = await devServer(project, 18870 + results.length, [...args]);
  try {
    results.push(await measure(backend, server.url, id));
  } finally {
    await server.stop();
  }
}
const out = { taken: new Date().toISOString(), n: N, buildMs, objects: objects.length, bundles: { bundledGzipBytes: bundled?.gzipBytes ?? null, r2GzipBytes: r2.gzipBytes }, results };
console.log(`N=${N}: ${out.objects} objects in R2; bundle ${bundled ? `${(bundled.gzipBytes / 1024).toFixed(0)} KiB gzip bundled, ` : ""}${(r2.gzipBytes / 1024).toFixed(0)} KiB gzip on R2 (catalogue only)`);
for (const r of results) {
  console.log(`${r.backend.padEnd(8)} first request: query ${r.coldMs.query!.toFixed(1)} ms, search ${r.coldMs.search!.toFixed(1)} ms, aggregate ${r.coldMs.aggregate!.toFixed(1)} ms; repeated: ${Object.entries(r.steady).map(([k, v]) => `${k} ${v.rps.toFixed(0)}/s p50 ${v.p50} ms`).join(", ")}`);
}
mkdirSync(join(import.meta.dirname, "results"), { recursive: true });
writeFileSync(join(import.meta.dirname, "results", `r2-${N}.json`), JSON.stringify(out, null, 2) + "\n");
