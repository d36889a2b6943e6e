/**
 * The repair stage, between reading the seed's lines and parsing its tables: manual
 * corrections first (a person's judgement about a printed line), then every rule. It
 * returns the document's sections, repaired, and every change made to the source, manual
 * or by rule, in line order.
 */
import type { AppliedCorrection, Correction } from "../../../src/schema/dataset";
import type { LineMap } from "../line-map";
import type { Seed } from "../read-seed";
import { segment, type Section } from "../segment";
import { toRows } from "../source-rows";
import type { Frameworks } from "./framework";
import { RepairLog } from "./log";
import { mapRadicals } from "./rules/cjk-radicals";
import { removeHeaderNumbers } from "./rules/header-number";
import { dropHeadingsInFields } from "./rules/heading-in-field";
import { repairIndicatorLabels } from "./rules/indicator-labels";
import { isRuleOfDashes } from "./rules/noise-lines";
import { maskMobiles, WITHHELD } from "./rules/personal-mobile";
import { repairSheetWords, repairTitle } from "./rules/template-words";
import { labelRevenueAmounts } from "./rules/unlabelled-revenue";

export interface Repaired {
  sections: Section[];
  corrections: AppliedCorrection[];
}

export function repair(seed: Seed, manual: Correction[], frameworks: Frameworks, lineMap?: LineMap): Repaired {
  const log = new RepairLog(seed.file);
  const lines = mapRadicals(seed.lines, log);
  const { rows, applied } = toRows(seed.file, lines, manual);
  const kept = rows.filter((row) => {
    if (isRuleOfDashes(row.cells)) {
      log.record(row.line, "noise-line", row.cells.map((c) => c ?? ""), null, "a rule of dashes left by the PDF export between two fields; it carries no content", "PDF 导出时在两个栏目之间留下的一行短横线，没有内容，已删去");
      return false;
    }
    row.cells.forEach((cell, k) => {
      if (!cell) return;
      const masked = maskMobiles(cell);
      if (masked.count === 0) return;
      log.record(row.line, "personal-mobile", [WITHHELD], [masked.text], `${masked.count === 1 ? "a personal mobile number" : `${masked.count} personal mobile numbers`} in cell ${k + 1}, published masked (office numbers are published as printed)`, `第 ${k + 1} 栏有 ${masked.count} 个个人手机号，发布时部分遮盖（办公电话照原文发布）`);
      row.cells[k] = masked.text;
    });
    repairTitle(row, log);
    return true;
  });
  const sections = segment(seed.file, kept, lineMap);
  for (const s of sections) {
    removeHeaderNumbers(s, log);
    repairSheetWords(s, log);
    dropHeadingsInFields(s, log);
    if (s.kind !== "budget-table") repairIndicatorLabels(s, frameworks[s.kind === "project" ? "project" : "department"], log, lines);
  }
  labelRevenueAmounts(sections, log);
  // What any record shows of the source is masked too: a printed side must not publish a mobile number.
  const corrections = [...applied, ...log.entries]
    .map((c) => ({ ...c, printed: c.printed.map((p) => maskMobiles(p).text) }))
    .sort((a, b) => a.line - b.line);
  return { sections, corrections };
}
