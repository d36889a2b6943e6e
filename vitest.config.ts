import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            // The fuzz test's request count: modest in npm test, large in npm run fuzz.
            miniflare: { bindings: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? "1000" } },
          }),
        ],
        test: { name: "worker", include: ["test/worker/**/*.test.ts"] },
      },
      {
        // The same Worker suite against the R2 backend ([env.r2]), its bucket filled first.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml", environment: "r2" },
            miniflare: { bindings: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? "1000" } },
          }),
        ],
        test: { name: "worker-r2", include: ["test/worker/**/*.test.ts"], setupFiles: ["test/worker-r2/seed-bucket.ts"] },
      },
      {
        // The build pipeline uses node:fs and child_process, which workerd cannot provide.
        // Builds spawn a process each: on a loaded 2-core machine a few seconds is no bound (speed is npm run bench's).
        test: { name: "node", include: ["test/pipeline/**/*.test.ts"], environment: "node", testTimeout: 120_000 },
      },
    ],
  },
});
