/**
 * Serves the R2 Worker bundle (wrangler.toml [env.r2]) on Miniflare, its DATA bucket filled
 * with a build's objects, its isolates' V8 heap limited as Cloudflare's are: what `npm run soak`
 * runs in its R2 mode (SOAK_BACKEND=r2). Bare workerd has no R2 of its own; Miniflare's is the
 * same workerd with its local R2 service, so the memory measured is workerd's, bucket included.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import type { R2Object } from "../../src/data/r2-layout";
import type { Served } from "./workerd";

/** The pid of the workerd that Miniflare started (a child of this process). */
function workerdChild(): number {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === process.pid && stat.includes("(workerd)")) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  throw new Error("no workerd child of this process");
}

export async function serveR2(dir: string, main: string, port: number, compatibilityDate: string, heapMb: number, objects: readonly R2Object[]): Promise<Served> {
  // Miniflare passes these flags to workerd, which gives them to every isolate's V8.
  process.env.MINIFLARE_WORKERD_V8_FLAGS = `--max-old-space-size=${heapMb}`;
  const started = performance.now();
  // No local Cache API (cache: false): Miniflare would keep every response the edge tier puts in
  // a store of its own inside this workerd, memory that on Cloudflare is the cache's, not the isolate's.
  const mf = new Miniflare(convertV4MiniflareOptions({ modules: true, modulesRoot: dir, scriptPath: join(dir, main), compatibilityDate, r2Buckets: ["DATA"], cache: false, host: "127.0.0.1", port }));
  const url = (await mf.ready).toString().replace(/\/$/, "");
  const bucket = (await mf.getR2Bucket("DATA")) as unknown as { put(key: string, body: string | Uint8Array): Promise<unknown> };
  for (const [key, body] of objects) await bucket.put(key, body);
  const probe = await fetch(`${url}/v1/search?q=${encodeURIComponent("满意")}`);
  await probe.arrayBuffer();
  if (probe.status !== 200) throw new Error(`the R2 Worker answered ${probe.status} to a search`);
  return { url, startupMs: performance.now() - started, pid: workerdChild(), stop: () => mf.dispose() };
}
