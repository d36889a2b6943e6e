/**
 * globalSetup of the node test project (test/clients and test/browser are its clients): the Worker bundled once (wrangler deploy --dry-run, what
 * `npm run bundle` does) and served once on bare workerd, for every test that is a client of it
 * over HTTP (chromium, pandas and readr, exceljs). Its origin reaches the test files through
 * vitest's provide/inject; served() reads it. Bundling and starting workerd once instead of once per
 * file saves about 4 s of CPU per file. The tests only read from the Worker, so sharing it is safe.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { bundle, compatibilityDate } from "../scripts/bench/bundle";
import { freePort, serve } from "../scripts/bench/workerd";

declare module "vitest" {
  export interface ProvidedContext {
    /** The origin (http://127.0.0.1:port) of the bundled Worker served by this globalSetup. */
    servedWorker: string;
  }
}

const ROOT = resolve(import.meta.dirname, "..");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = mkdtempSync(join(tmpdir(), "served-worker-"));
  try {
    const built = bundle(ROOT, join(work, "dist"));
    const server = await serve(built.dir, built.main, await freePort(), "/v1", compatibilityDate(ROOT));
    project.provide("servedWorker", server.url);
    return async () => {
      await server.stop();
      rmSync(work, { recursive: true, force: true });
    };
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
}
