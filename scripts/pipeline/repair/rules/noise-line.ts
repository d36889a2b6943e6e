/**
 * Rule noise-line: the PDF export leaves rules of dashes between two text fields
 * ("------ | --"). A line whose every cell is dashes carries no content and is dropped.
 */
import type { Cell } from "../../source-rows";
import type { RepairRule } from "../rule";

const DASHES = /^[-－—–―─━_=＝·.。\s]+$/u;

export const noiseLine: RepairRule = {
  id: "noise-line",
  describe: { repairs: "lines of dashes between two fields", zh: "多余的分隔线", en: "noise line" },
  scope: { touches: "a whole row, dropped, when every filled cell is dashes (two or more)" },
  apply: {
    rows: (rows, { log }) =>
      rows.filter((row) => {
        if (!isRuleOfDashes(row.cells)) return true;
        log.record(row.line, "noise-line", row.cells.map((c) => c ?? ""), null, "a rule of dashes left by the PDF export between two fields; it carries no content", "PDF 导出时在两个栏目之间留下的一行短横线，没有内容，已删去");
        return false;
      }),
  },
};

function isRuleOfDashes(cells: Cell[]): boolean {
  const filled = cells.filter((c): c is string => !!c);
  return filled.length > 0 && filled.every((c) => DASHES.test(c)) && filled.join("").replace(/\s/g, "").length >= 2;
}
