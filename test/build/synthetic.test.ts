import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { scaleAmount, synthesize } from "../../scripts/synthetic/generate";
import type { Bundle } from "../../src/schema/bundle";
import { DATA_FILE, runBuild, SEEDS } from "./seed-fixtures";

it("scales printed amounts exactly, keeping their decimals", () => {
  expect([scaleAmount("1,313.9", 3), scaleAmount("20.00", 2), scaleAmount("4536.7万元", 9), scaleAmount("≥95%", 2), scaleAmount("6633870", 2)]).toEqual(["3941.7", "40.00", "40830.3万元", "≥95%", "6633870"]);
});

it("generates synthetic disclosures that each pass every check of the real one", () => {
  const out = mkdtempSync(join(tmpdir(), "synthetic-"));
  expect(synthesize(SEEDS, join(out, "seeds"), 3)).toEqual(["s00001_synthetic.txt", "s00002_synthetic.txt", "s00003_synthetic.txt"]);
  const r = runBuild(join(out, "seeds"), join(out, "data", "datasets.json"));
  expect(r.stderr).toBe("");
  const built = JSON.parse(readFileSync(join(out, "data", "datasets.json"), "utf8")) as Bundle;
  const real = (JSON.parse(readFileSync(DATA_FILE, "utf8")) as Bundle).datasets[0]!;
  const total = (d: Bundle["datasets"][number]) => d.tables["summary-expenditure"]!.find((x) => x.row_kind === "total")!.total;
  expect(built.datasets.map((d) => [d.meta.department, d.meta.checks_summary.passed, total(d)])).toEqual([
    ["合成示范区第1号委员会", 465, 9073.4],
    ["合成示范区第2号委员会", 465, 13610.1],
    ["合成示范区第3号委员会", 465, 18146.8],
  ]);
  expect(new Set(built.datasets.map((d) => d.meta.id)).size).toBe(3);
  expect(built.datasets[1]!.tables["department-expenditure"]!.find((x) => x.row_kind === "item")!.unit_code).toBe("102");
  expect(real.checks.length).toBe(465);
});
