/**
 * Rule header-number: the PDF export sometimes repeats a figure of the table inside its
 * nested header rows (under 一般公共预算, beside 小计), where no column takes a value. A
 * number with decimals, as every amount of the template is printed, found above the first
 * data row is removed; the reason names the data row that prints the same figure.
 */
import { firstDataRow, PRINTED_AMOUNT } from "../../section-layout";
import type { Section } from "../../segment";
import type { SourceRow } from "../../source-rows";
import type { RepairLog } from "../log";
import type { RepairRule } from "../rule";

export const headerNumber: RepairRule = {
  id: "header-number",
  describe: { repairs: "a number printed inside a table's header rows, where no column takes a value", zh: "表头里多出的数字", en: "number in a header row" },
  scope: { sections: ["budget-table"], touches: "a cell of a budget table's header rows (above each page's first data row) that holds a number with decimals, blanked" },
  apply: {
    sections: (sections, { log }) => {
      for (const s of sections) removeHeaderNumbers(s, log);
    },
  },
};

function removeHeaderNumbers(section: Section, log: RepairLog): void {
  const data = section.pages.flatMap((page) => page.slice(Math.max(0, firstDataRow(page))));
  for (const page of section.pages) {
    const first = firstDataRow(page);
    if (first <= 0) continue;
    const header = page.slice(0, first);
    for (const row of header) {
      row.cells.forEach((cell, k) => {
        if (!cell || !PRINTED_AMOUNT.test(cell)) return;
        const same = data.find((r) => r.cells.includes(cell));
        const lines = `${header[0]!.line}–${header.at(-1)!.line}`;
        const evidence = same ? `; it repeats the figure of line ${same.line}${labelBefore(same, same.cells.indexOf(cell))}` : "";
        log.record(row.line, "header-number", [cell], [""], `the number ${cell} stands in the header rows of ${section.title} (lines ${lines}, cell ${k + 1}), where no column takes a value${evidence}`, `数字 ${cell} 印在“${section.title}”的表头里（第 ${lines} 行，第 ${k + 1} 栏），那里没有哪一栏应有数值${same ? `；它重复了第 ${same.line} 行的数字` : ""}，已删去`);
        row.cells[k] = "";
      });
    }
  }
}

/** The row label printed nearest to the left of a cell, quoted, if any. */
function labelBefore(row: SourceRow, k: number): string {
  const label = row.cells.slice(0, k).findLast((c) => c && !PRINTED_AMOUNT.test(c));
  return label ? ` (${label})` : "";
}
