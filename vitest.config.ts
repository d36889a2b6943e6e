import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// No test may fail for being slow on a busy machine: vitest's 5 s default is raised for
// every test (tests known to be long declare their own, larger timeout). Speed is measured
// by npm run bench and npm run soak, never asserted here.
// (Each project states it: projects do not inherit the root's test options.)
const timeouts = { testTimeout: 60_000, hookTimeout: 60_000 };
// The Worker projects reuse their workerd across test files (isolate: false) instead of starting
// a Miniflare per file: each file otherwise re-imports the Worker and its bundled data (measured:
// the worker project 110 s → 40 s of CPU). No test file depends on another's state: each calls the
// Worker afresh, none writes to the R2 bucket, and the rate limit is tested with a fake limiter.
// Pure functions of src/ (no data store): run once, in the worker project, not again on R2.
const UNIT_TESTS = ["test/worker/*-unit.test.ts"];

export default defineConfig({
  test: {
    // vitest's default is one worker fewer than the cores: a single worker on our 2-core machines.
    maxWorkers: 2,
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            // The fuzz test's request count: modest in npm test, large in npm run fuzz.
            miniflare: { bindings: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? "300" } },
          }),
        ],
        test: { ...timeouts, isolate: false, name: "worker", include: ["test/worker/**/*.test.ts"] },
      },
      {
        // The same Worker suite against the R2 backend ([env.r2]), its bucket filled first.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml", environment: "r2" },
            miniflare: { bindings: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? "300" } },
          }),
        ],
        test: { ...timeouts, isolate: false, name: "worker-r2", include: ["test/worker/**/*.test.ts"], exclude: UNIT_TESTS, setupFiles: ["test/worker-r2/seed-bucket.ts"] },
      },
      {
        // What runs in Node: the build (node:fs, child_process, which workerd cannot provide), the
        // Worker's real clients (pandas, readr, exceljs, datapackage-js, Redocly) and a browser, and the
        // layer test. One project, so the Worker is bundled and served once for every client.
        test: {
          ...timeouts,
          isolate: false,
          name: "node",
          include: ["test/build/**/*.test.ts", "test/clients/**/*.test.ts", "test/browser/**/*.test.ts", "test/layers/**/*.test.ts", "test/*.test.ts"],
          environment: "node",
          // The bundled Worker, served once on bare workerd for the tests that are its HTTP clients.
          globalSetup: ["test/served-worker.ts"],
        },
      },
    ],
  },
});
