/**
 * Rule page-stamp: at a page break the PDF export can print a page stamp or header as a line
 * of its own between two rows of an indicator table. A one-cell line there, with blank lines
 * around it, that is no label of the template nor near one and holds no figure, is dropped.
 */
import { indicatorBlock } from "../../section-layout";
import type { Section } from "../../segment";
import type { SourceRow } from "../../source-rows";
import { squash } from "../../template-text";
import { slipCandidates } from "../../../../src/lib/edit-distance";
import type { Framework } from "../framework";
import { frameworkOf, indicatorTableName } from "../indicator-table";
import type { RepairLog } from "../log";
import type { RepairRule } from "../rule";

export const pageStamp: RepairRule = {
  id: "page-stamp",
  describe: {
    repairs: "an isolated line between indicator rows that is no label of the template (a page stamp read as text)",
    zh: "混入的页码或页眉",
    en: "page stamp",
  },
  scope: { sections: ["project", "goals"], touches: "a one-cell row between two rows of an indicator table, blank lines around it, no label nor near one and no figure: dropped" },
  apply: {
    sections: (sections, { log, frameworks, lines }) => {
      for (const s of sections) dropPageStamps(s, frameworkOf(frameworks, s), log, lines);
    },
  },
};

function dropPageStamps(section: Section, fw: Framework, log: RepairLog, lines: readonly string[]): void {
  const block = indicatorBlock(section);
  if (!block) return;
  const where = indicatorTableName(section);
  const stamps = new Set(block.rows.slice(block.header + 1, block.end).filter((r) => isPageStamp(r, fw, lines)));
  for (const r of stamps) {
    log.record(r.line, "page-stamp", [r.cells[0]!], null, `an isolated line between two rows of ${where} (blank lines around it, at a page break) reading "${r.cells[0]}", which is no label of the template nor near one: a page stamp read as text`, `${section.kind === "project" ? `“${section.printedTitle}”` : section.printedTitle}的指标表两行之间，在换页处单独有一行“${r.cells[0]}”（前后都是空行），它不是模板中的名称，也不接近任何名称：是把页码或页眉识别成了文字，已删去`);
  }
  if (stamps.size) section.pages = section.pages.map((p) => p.filter((r) => !stamps.has(r)));
}

/** An isolated single-cell line between indicator rows that is no label of the template nor near one, and no figure. */
function isPageStamp(row: SourceRow, fw: Framework, lines: readonly string[]): boolean {
  if (row.cells.length !== 1 || !row.cells[0]) return false;
  const w = squash(row.cells[0]);
  const blank = (n: number) => (lines[n - 1] ?? "").trim() === "";
  if (!blank(row.line - 1) || !blank(row.line + 1)) return false;
  if (/[0-9０-９]/.test(w) || [...w].length > 8) return false;
  return slipCandidates(w, [...fw.level1, ...fw.level2]).length === 0;
}
