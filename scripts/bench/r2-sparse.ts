/**
 * The R2 Worker's first answers at an N whose whole build is too large to upload to a local
 * bucket (Miniflare's takes 8–20 MB/s: 17.5 GB at N = 10,000): the bucket gets the build's
 * catalogue and pointer and only the objects these requests read (found by answering them in
 * process over the build cache first, cache-bucket.ts). The Worker is the real one, bundled with
 * wrangler and run by Miniflare in workerd. For each request, a new Miniflare: `/v1` first (the
 * isolate reads the pointer and loads the whole catalogue), then the request, timed apart.
 *
 *   npx tsx scripts/bench/r2-sparse.ts DATA_DIR CACHE_DIR   # prints JSON
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { createApp } from "../../src/app";
import { readCatalog, type CatalogFile } from "../../src/data/catalog-file";
import { indexKeys } from "../../src/data/r2-layout";
import { r2Store } from "../../src/data/r2-store";
import { catalogOf } from "../../src/data/table-data";
import { BuildCache } from "../pipeline/build-cache";
import { pointerObjects } from "../pipeline/publication";
import { bundle, compatibilityDate } from "./bundle";
import { cacheBucket } from "./cache-bucket";
import { projectCopy } from "./synthetic-project";
import { freePort } from "./workerd";

const ROOT = join(import.meta.dirname, "..", "..");
const enc = encodeURIComponent;

export async function sparseServing(dataDir: string, cacheDir: string) {
  const catalogBody = readFileSync(join(dataDir, "catalog.json"), "utf8");
  const file = JSON.parse(catalogBody) as CatalogFile;
  const read = readCatalog(file);
  const catalog = catalogOf(read.entries);
  const id = catalog.datasets[Math.floor(catalog.datasets.length / 4)]!.id;
  const paths: Record<string, string> = {
    datasets: "/v1/datasets?_size=20",
    search: `/v1/search?q=${enc("满意")}`,
    search2: `/v1/search?q=${enc("智慧农业专项经费")}`,
    aggregate: "/v1/aggregate?_group=class&_sort=-amount&year=2025",
    dataset: `/v1/datasets/${id}`,
    query: `/v1/datasets/${id}/tables/budget-lines?row_kind=item&_size=20`,
  };
  // What the requests read, found in process over the build cache.
  const cached = cacheBucket(file, new BuildCache(cacheDir));
  const app = createApp(r2Store(cached.bucket, catalog, { index: indexKeys(read.indexKeys), digests: read.digests }));
  for (const p of Object.values(paths)) await (await app.request(`http://bench.test${p}`)).arrayBuffer();
  const keys = [...new Set(cached.keys)];

  const work = mkdtempSync(join(tmpdir(), "r2-sparse-"));
  try {
    const project = projectCopy(join(work, "project"));
    const worker = bundle(project, join(work, "dist"), "r2");
    const state = join(work, "state");
    const start = async () => {
      const mf = new Miniflare({ ...convertV4MiniflareOptions({ modules: true, modulesRoot: worker.dir, scriptPath: join(worker.dir, worker.main), compatibilityDate: compatibilityDate(ROOT), r2Buckets: ["DATA"], cache: false, host: "127.0.0.1", port: await freePort() }), resourcePersistencePath: state });
      return { mf, url: (await mf.ready).toString().replace(/\/$/, "") };
    };
    let bytes = 0;
    const filling = await start();
    try {
      const bucket = (await filling.mf.getR2Bucket("DATA")) as unknown as { put(k: string, b: Uint8Array | string): Promise<unknown> };
      for (const key of keys) {
        const body = cached.bodyOf(key);
        if (!body) throw new Error(`the build cache lacks ${key}`);
        bytes += body.length;
        await bucket.put(key, body);
      }
      for (const [k, b] of pointerObjects(catalogBody)) await bucket.put(k, b);
    } finally {
      await filling.mf.dispose();
    }
    const timed = async (url: string) => {
      const t = performance.now();
      const r = await fetch(url);
      await r.arrayBuffer();
      return { ms: Math.round(performance.now() - t), status: r.status };
    };
    const answers: Record<string, { loadMs: number; ms: number; status: number }> = {};
    for (const [name, p] of Object.entries(paths)) {
      const w = await start();
      try {
        const load = await timed(`${w.url}/v1`);
        if (load.status !== 200) throw new Error(`/v1 answered ${load.status}`);
        const r = await timed(w.url + p);
        answers[name] = { loadMs: load.ms, ms: r.ms, status: r.status };
      } finally {
        await w.mf.dispose();
      }
    }
    return { datasets: catalog.datasets.length, catalogBytes: Buffer.byteLength(catalogBody), objects: keys.length, bytes, answers };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) {
  const [dataDir, cacheDir] = process.argv.slice(2) as [string, string];
  console.log(JSON.stringify(await sparseServing(dataDir, cacheDir)));
}
