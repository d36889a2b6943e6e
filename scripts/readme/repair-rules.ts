/**
 * The rule table of scripts/pipeline/repair/README.md, generated from the repair registry: one
 * row per rule, in the order the rules run, with what it repairs, where it runs and what it may
 * change, and the name a record of it is shown by. The README can then never list a rule the
 * build does not run, or miss one it does.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { REPAIR_RULES } from "../pipeline/repair/registry";
import { STEP_POINTS, type RepairRule } from "../pipeline/repair/rule";
import { replaceSection } from "./markers";

export const REPAIR_README = join(resolve(import.meta.dirname, "../.."), "scripts/pipeline/repair/README.md");

/** The marker name: `<!-- repair-rules:start -->` … `<!-- repair-rules:end -->`. */
export const SECTION = "repair-rules";

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** Where a rule runs: the points of the repair it has a step at, and the sections and tables it is given. */
function runsOn(rule: RepairRule): string {
  return STEP_POINTS.filter((p) => rule.apply[p])
    .map((p) => {
      if (p !== "sections") return p;
      const tables = rule.scope.tables ? ` (${rule.scope.tables.join(", ")})` : "";
      return `sections: ${rule.scope.sections?.join(", ") ?? "all"}${tables}`;
    })
    .join("; ");
}

export function repairRulesSection(rules: readonly RepairRule[] = REPAIR_RULES): string {
  return [
    "| rule | what it repairs | runs on | may change | shown as |",
    "|---|---|---|---|---|",
    ...rules.map((r) => `| \`${r.id}\` | ${cell(r.describe.repairs)} | ${cell(runsOn(r))} | ${cell(r.scope.touches)} | ${r.describe.zh} · ${r.describe.en} |`),
  ].join("\n");
}

/** The repair README as it should be. */
export function updatedRepairReadme(text: string): string {
  return replaceSection(text, SECTION, repairRulesSection());
}

/** npm run readme's part for this file: rewrites it, or with `check` only flags it stale (exit code 1). */
export function rewriteRepairReadme(check: boolean): void {
  const text = readFileSync(REPAIR_README, "utf8");
  const next = updatedRepairReadme(text);
  if (next === text) return;
  if (check) {
    console.error("scripts/pipeline/repair/README.md is out of date: run npm run readme");
    process.exitCode = 1;
  } else {
    writeFileSync(REPAIR_README, next);
    console.log("scripts/pipeline/repair/README.md: rule table rewritten");
  }
}
