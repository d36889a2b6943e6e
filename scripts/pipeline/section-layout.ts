/**
 * Where things stand inside a section: the indicator table of a sheet, the revenue side of a
 * row of 财政拨款收支总体情况表. The repair rules find what they repair by these, and the
 * parsers read by the same, so the two can never disagree about where a table is.
 */
import type { Section } from "./segment";
import type { SourceRow } from "./source-rows";
import { INDICATOR_HEADER, SIGNATURE_ROW } from "./template";
import { ORDINAL_ITEM, squash } from "./template-text";

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
