import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect, it } from "vitest";
import { dataCopy, ROOT, runBuild, SEEDS, expectSameBytes } from "./seed-fixtures";

it("removes the temporary file a killed build left behind, and writes the data file whole", () => {
  const { out } = dataCopy();
  const stale = join(dirname(out), ".build-99999.tmp");
  writeFileSync(stale, '{"format":1,"datasets":[');
  writeFileSync(out, "old");
  const r = runBuild(SEEDS, out);
  expect(r.status).toBe(0);
  expect(readdirSync(dirname(out)).sort()).toEqual(["catalog.json", "datasets.json", "datasets.json.gz"]);
  expectSameBytes(readFileSync(out), readFileSync(join(ROOT, "data", "datasets.json")), "datasets.json");
});

// A build killed at any moment leaves data/ old or new, all three files of one build: data-swap.test.ts.
