import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } })],
        test: { name: "worker", include: ["test/worker/**/*.test.ts"] },
      },
      {
        // The build pipeline uses node:fs and child_process, which workerd cannot provide.
        test: { name: "node", include: ["test/pipeline/**/*.test.ts"], environment: "node" },
      },
    ],
  },
});
