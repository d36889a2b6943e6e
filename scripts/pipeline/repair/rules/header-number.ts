/**
 * Rule header-number: the PDF export sometimes repeats a figure of the table inside its
 * nested header rows (under 一般公共预算, beside 小计), where no column takes a value. A
 * number with decimals, as every amount of the template is printed, found above the first
 * data row is removed; the reason names the data row that prints the same figure.
 */
import { BUDGET_HEADER_WORDS, ORDINAL_ITEM, templateWord } from "../../template-text";
import type { Section } from "../../segment";
import type { SourceRow } from "../../source-rows";
import type { RepairLog } from "../log";

const PRINTED_AMOUNT = /^-?\d[\d,]*\.\d{1,2}$/;
const TOTAL_WORDS = new Set(["合计", "总计", "共计", "支出合计", "收入合计"]);

const CODE = /^\d{3}(\d{2}){0,2}$/;

/**
 * The first row that carries data: an ordinal item (一、…), a classification code, a total word
 * beside an amount, or a label that is no header word beside an amount (a department or unit
 * row). A 合计 printed last, or a unit row first, does not make the rows above it header.
 */
export function firstDataRow(page: SourceRow[]): number {
  return page.findIndex((r) => {
    if (r.cells.some((c) => ORDINAL_ITEM.test(c ?? ""))) return true;
    const texts = r.cells.map(templateWord).filter(Boolean);
    if (texts.length && CODE.test(texts[0]!)) return true;
    if (!r.cells.some((c) => PRINTED_AMOUNT.test(c ?? ""))) return false;
    return texts.some((t) => TOTAL_WORDS.has(t) || (!PRINTED_AMOUNT.test(t) && !BUDGET_HEADER_WORDS.has(t)));
  });
}

export function removeHeaderNumbers(section: Section, log: RepairLog): void {
  if (section.kind !== "budget-table") return;
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
