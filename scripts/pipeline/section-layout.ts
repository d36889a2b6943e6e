/**
 * Where things stand inside a section: the indicator table of a sheet, the first data row of
 * a budget table's page, the revenue side of a row of 财政拨款收支总体情况表. The repair rules
 * find what they repair by these, before anything is parsed; the parsers of the indicator and
 * fiscal tables read by the same, so the two never disagree about where a table is.
 */
import type { Section } from "./segment";
import type { SourceRow } from "./source-rows";
import { INDICATOR_HEADER, SIGNATURE_ROW } from "./template";
import { BUDGET_HEADER_WORDS, ORDINAL_ITEM, squash, templateWord } from "./template-text";

/**
 * Where a sheet's indicator table is: the index of its header row ("一级指标 | …") in the
 * sheet's rows, and of the row after its last (a project sheet's signature row, or the end).
 */
export function indicatorBlock(section: Section): { rows: SourceRow[]; header: number; end: number } | null {
  const rows = section.pages.flat();
  const header = rows.findIndex((r) => squash(r.cells[0]) === INDICATOR_HEADER);
  if (header < 0) return null;
  const footer = section.kind === "project" ? rows.findIndex((r, k) => k > header && SIGNATURE_ROW.test(squash(r.cells[0]))) : -1;
  return { rows, header, end: footer < 0 ? rows.length : footer };
}

/** The expenditure total of 财政拨款收支总体情况表; its row is read from this cell outwards, like an item's. */
export const FISCAL_TOTAL = "支出合计";

/** Where a row of 财政拨款收支总体情况表 prints its expenditure item ("五、教育", "支出合计"), or -1. */
export const fiscalAnchor = (row: SourceRow) => row.cells.findIndex((c) => c === FISCAL_TOTAL || ORDINAL_ITEM.test(c ?? ""));

/** The revenue side of a data row: its item label and amount as printed (null for a header row). */
export function revenueCells(row: SourceRow): { item: string; amount: string } | null {
  const k = fiscalAnchor(row);
  if (k !== 2 && k !== 3) return null;
  return { item: squash(row.cells[k - 2]), amount: (row.cells[k - 1] ?? "").trim() };
}

/** A figure as the template prints every amount: with decimals. */
export const PRINTED_AMOUNT = /^-?\d[\d,]*\.\d{1,2}$/;
const TOTAL_WORDS = new Set(["合计", "总计", "共计", "支出合计", "收入合计"]);
const CODE = /^\d{3}(\d{2}){0,2}$/;

/**
 * The first row of a budget table's page that carries data: an ordinal item (一、…), a
 * classification code, a total word beside an amount, or a label that is no header word beside
 * an amount (a department or unit row). A 合计 printed last, or a unit row first, does not make
 * the rows above it header.
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
