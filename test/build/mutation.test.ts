/**
 * Mutation test of the checks: every amount printed in the seed is changed, one at a time,
 * and the build must fail on a check that involves that line — unless the amount is one
 * the build report lists as stated only once (no identity of the document contains it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { Bundle } from "../../src/schema/bundle";
import { correctionsFileSchema } from "../../src/schema/dataset";
import { loadFrameworks } from "../../scripts/pipeline/repair/framework";
import { buildFromSeed } from "../../scripts/pipeline/build-dataset";
import { BuildError, BuildErrors } from "../../scripts/pipeline/errors";
import { DATA_FILE, SEED_FILE, SEEDS, seedLines } from "./seed-fixtures";

const PRINTED_AMOUNT = /^([\d,]*\d)\.(\d{1,2})(万元)?$/;
const STATED_ONCE_LABELS = new Set(["项目总金额", "上年度项目总金额", "项目上年度金额"]);

it("catches a change of any printed amount, or lists it as stated only once", () => {
  const corrections = correctionsFileSchema.parse(JSON.parse(readFileSync(join(SEEDS, "corrections.json"), "utf8"))).corrections;
  const dataset = (JSON.parse(readFileSync(DATA_FILE, "utf8")) as Bundle).datasets[0]!;
  const report = dataset.report;
  // Indicator targets such as "17.1万元" are printed goals, not amounts of the budget.
  const targetLines = new Set([...dataset.tables["project-indicators"]!, ...dataset.tables["performance-indicators"]!].map((r) => r.source_line));
  const statedOnceLines = new Set(report.amount_coverage.stated_once.map((s) => s.line));
  // A number a rule removes from a header row is published nowhere: changing it changes nothing.
  const removedByRule = new Set(dataset.meta.corrections.filter((c) => c.kind === "header-number").map((c) => `${c.line}:${c.printed[0]}`));
  const lines = seedLines();
  if (lines.at(-1) === "") lines.pop();
  const base = { file: SEED_FILE, bytes: 0, sha256: "" };
  let tried = 0;
  let caught = 0;
  let statedOnce = 0;
  let removed = 0;
  const escaped: string[] = [];
  lines.forEach((text, i) => {
    const cells = text.split("\t");
    cells.forEach((cell, k) => {
      const m = PRINTED_AMOUNT.exec(cell.trim());
      if (!m || targetLines.has(i + 1)) return;
      tried++;
      const mutated = [...cells];
      mutated[k] = `${Number(m[1]!.replace(/,/g, "")) + 1}.${m[2]}${m[3] ?? ""}`;
      const seed = { ...base, lines: lines.map((l, j) => (j === i ? mutated.join("\t") : l)) };
      try {
        buildFromSeed(seed, { seedsDir: SEEDS, corrections, frameworks: loadFrameworks(SEEDS), manifest: undefined });
      } catch (e) {
        // Caught: a failed check involves that line, or the fault is reported at that line.
        const errors = e instanceof BuildErrors ? e.errors : e instanceof BuildError ? [e] : [];
        const onLine = (x: BuildError) =>
          x.line === i + 1 || (x.rule === "reconcile" && new RegExp(`\\b${i + 1}\\b`).test(x.detail.split("(lines ")[1] ?? "")) || new RegExp(`\\bline ${i + 1}\\b`).test(x.detail);
        const failedOnLine = errors.some(onLine);
        if (failedOnLine) caught++;
        else escaped.push(`line ${i + 1} cell ${k + 1}: failed without a check on that line: ${(e as Error).message.slice(0, 200)}`);
        return;
      }
      if (statedOnceLines.has(i + 1) && STATED_ONCE_LABELS.has(cells[k - 1]!.trim())) statedOnce++;
      else if (removedByRule.has(`${i + 1}:${cell.trim()}`)) removed++;
      else escaped.push(`line ${i + 1} cell ${k + 1} (${cell}): the build passed`);
    });
  });
  console.log(`mutation test: ${tried} printed amounts changed, ${caught} caught by a check, ${statedOnce} stated only once, ${removed} removed by a rule`);
  expect(escaped).toEqual([]);
  // 329 published amounts, plus the stray 30.0 of a header row, which the header-number rule removes.
  expect([tried, caught, statedOnce, removed]).toEqual([330, 254, 75, 1]);
  expect(report.amount_coverage).toMatchObject({ amounts: 329, covered: 254 });
}, 300_000);
