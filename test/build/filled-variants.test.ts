/**
 * Variants of the real seed whose empty tables (部门收入总体情况表, 支出经济分类汇总表, 一般公共预算基本支出情况表)
 * are FILLED consistently with its own figures, in every layout of the matrix (scripts/simulate/filled-cases.ts),
 * a department of two units, and the file saved with a BOM / CRLF. Each is built with the real pipeline and
 * must publish exactly the rows the simulator computed (scripts/simulate/fill.ts), every other table as the
 * real seed's mapped (budget-lines and facts as compareVariantTables says).
 *
 * A failure names the first differing cells (table[row] id.field, expected, got, line).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { FILLED_CASES } from "../../scripts/simulate/filled-cases";
import { loadRealSeed, runVariant, type RealSeed } from "../../scripts/simulate/run-variant";
import { SEEDS } from "./seed-fixtures";

// Builds take about a second each on a loaded machine; nothing here depends on speed.
const TIMEOUT = 180_000;
const VARIANT_SEEDS = [21, 22, 23];

let real: RealSeed;
beforeAll(() => {
  real = loadRealSeed(SEEDS);
}, TIMEOUT);

describe("filled variants: built with the pipeline, every table as the simulator computed it", () => {
  it.each(FILLED_CASES.map((fc) => [fc.name, fc] as const))("%s", (_name, fc) => {
    const reports: string[] = [];
    for (const seed of VARIANT_SEEDS) {
      const r = runVariant(real, { seed, ...fc.options });
      if (!r.matched) reports.push(r.report);
    }
    expect(reports.join("\n\n")).toBe("");
  }, TIMEOUT);

  it("every artefact kind on top of filled tables and two units", () => {
    const all = { labels: true, goalsLabels: true, slips: true, radicals: true, noise: true, mobiles: true };
    // The sources-only 汇总表 has a case of its own above: here the layout is drawn but for that choice.
    const r = runVariant(real, { seed: 31, artefacts: all, fill: { layout: { economicSources: "with" } }, units: 2, encoding: { bom: true, crlf: true } });
    expect(r.report).toBe("");
  }, TIMEOUT);
});
