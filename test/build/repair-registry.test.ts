/**
 * The repair registry is what the build runs and what the repair README lists: the table is
 * generated from it (npm run readme) and fails here when stale, each rule lives in the file
 * named by its id, and the pages name each rule as the registry describes it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSection } from "../../scripts/readme/markers";
import { REPAIR_README, repairRulesSection, SECTION } from "../../scripts/readme/repair-rules";
import { REPAIR_RULES } from "../../scripts/pipeline/repair/registry";
import { CORRECTION_KINDS } from "../../src/pages/labels";

describe("the repair registry", () => {
  it("runs the rules in this order", () => {
    expect(REPAIR_RULES.map((r) => r.id)).toEqual(["cjk-radical", "noise-line", "personal-mobile", "template-word", "header-number", "heading-in-field", "page-stamp", "label-drift", "unlabelled-revenue"]);
  });

  it("has one file per rule in rules/, named by its id", () => {
    const files = readdirSync(join(import.meta.dirname, "../../scripts/pipeline/repair/rules")).sort();
    expect(files).toEqual(REPAIR_RULES.map((r) => `${r.id}.ts`).sort());
  });

  it("describes each rule as the pages name it", () => {
    expect(REPAIR_RULES.map((r) => [r.id, { zh: r.describe.zh, en: r.describe.en }])).toEqual(REPAIR_RULES.map((r) => [r.id, CORRECTION_KINDS[r.id]]));
  });
});

describe("scripts/pipeline/repair/README.md's generated rule table", () => {
  it("is what npm run readme writes", () => {
    expect(readSection(readFileSync(REPAIR_README, "utf8"), SECTION)).toBe(repairRulesSection());
  });

  it("has a row per rule, in registry order, with where it runs", () => {
    const rows = repairRulesSection().split("\n").slice(2);
    expect(rows.map((r) => r.split(" | ")[0])).toEqual(REPAIR_RULES.map((r) => `| \`${r.id}\``));
    expect(rows.map((r) => r.split(" | ")[2])).toEqual(["lines", "rows", "rows; records", "rows; sections: project, goals", "sections: budget-table", "sections: project", "sections: project, goals", "sections: project, goals", "sections: budget-table (部门收支总体情况表, 财政拨款收支总体情况表)"]);
  });
});
