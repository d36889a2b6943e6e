/**
 * 财政拨款收支总体情况表: revenue (group | item | amount) beside expenditure by 类
 * (item | 合计 | 一般公共预算 | 其中：财政拨款 | 国有资本经营预算). The revenue side is
 * three cells wide on some pages and two on others, so each row is read from its
 * expenditure item ("五、教育", "支出合计") outwards.
 */
import { TABLES } from "../../../src/schema/tables";
import { isAmountText } from "../../../src/lib/money";
import { BuildError } from "../errors";
import type { Context, ParsedTable, Row } from "../model";
import type { Section } from "../segment";
import type { SourceRow } from "../source-rows";
import { fiscalAnchor } from "../section-layout";
import { FISCAL_HEADER_WORDS } from "../template";
import { ORDINAL_ITEM, squash } from "../template-text";
import { amountAt, chineseNumber, headerLabels, pad } from "./cells";
import { refuseUnknownWords } from "./header";

const EXPENDITURE_COLUMNS = ["total", "general_budget", "general_budget_appropriation", "state_capital"] as const;

export function parseFiscal(ctx: Context, section: Section): { revenue: ParsedTable; expenditure: ParsedTable } {
  const revenue: Row[] = [];
  const expenditure: Row[] = [];
  let group: string | null = null;
  for (const page of section.pages) {
    const first = page.findIndex((r) => fiscalAnchor(r) >= 0);
    if (first < 1) throw new BuildError(ctx.file, section.line, "unrecognised-layout", `${section.printedTitle}: no header rows before the first 类 row`);
    const header = page.slice(0, first);
    for (const h of header) ctx.lines.claim(h.line, "header");
    const words = headerLabels(header).join(" ");
    for (const w of FISCAL_HEADER_WORDS) {
      if (!words.includes(w)) throw new BuildError(ctx.file, header[0]!.line, "unrecognised-layout", `${section.printedTitle}: expected header "${w}"`);
    }
    refuseUnknownWords(ctx.file, section.printedTitle, header, [...FISCAL_HEADER_WORDS, "小计"]);
    for (const h of header) {
      const stray = h.cells.find((c) => isAmountText(c ?? ""));
      if (stray) throw new BuildError(ctx.file, h.line, "stray-value", `${section.printedTitle}: amount "${stray}" inside the header rows`);
    }
    for (const row of page.slice(first)) {
      const k = fiscalAnchor(row);
      if (k < 0) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `${section.printedTitle}: row without an expenditure item`);
      if (k !== 2 && k !== 3) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `${section.printedTitle}: expected 2 or 3 revenue cells before the expenditure item, found ${k}`);
      readRevenue(ctx, row, k);
      readExpenditure(ctx, row, k);
    }
  }

  function readRevenue(ctx: Context, row: SourceRow, k: number) {
    // Three cells: a group label (merged down its rows), the item, the amount; two cells: item, amount.
    const groupCell = k === 3 ? squash(row.cells[0]) : null;
    const item = squash(row.cells[k - 2]);
    if (k === 3 && groupCell) group = groupCell;
    const amount = amountAt(ctx.file, row, k - 1, "revenue amount");
    if (!item) {
      if (amount !== null) throw new BuildError(ctx.file, row.line, "missing-label", `${section.printedTitle}: revenue amount without an item`);
      return;
    }
    revenue.push({
      id: `r${pad(revenue.length + 1)}`,
      source_file: ctx.file,
      source_line: row.line,
      row_kind: item === "收入合计" ? "total" : item === "小计" ? "subtotal" : "item",
      group: k === 3 ? group : null,
      item,
      amount,
    });
  }

  function readExpenditure(ctx: Context, row: SourceRow, k: number) {
    const item = row.cells[k]!;
    const m = ORDINAL_ITEM.exec(item);
    const ordinal = m ? chineseNumber(m[1]!) : null;
    if (m && ordinal === null) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `"${item}" has no readable ordinal`);
    const classCode = ordinal === null ? null : String(200 + ordinal);
    const record: Row = {
      id: classCode ?? "total",
      source_file: ctx.file,
      source_line: row.line,
      row_kind: classCode ? "item" : "total",
      item,
      class_code: classCode,
      class_name: null,
    };
    EXPENDITURE_COLUMNS.forEach((col, i) => (record[col] = amountAt(ctx.file, row, k + 1 + i, col)));
    const extra = row.cells.slice(k + 1 + EXPENDITURE_COLUMNS.length).find((c) => c);
    if (extra) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `unexpected cell "${extra}" after the expenditure columns`);
    if (expenditure.some((r) => r.id === record.id)) throw new BuildError(ctx.file, row.line, "duplicate-row", `a second row for ${item}`);
    expenditure.push(record);
  }

  const lines: [number, number] = [section.line, section.endLine];
  return {
    revenue: { def: TABLES.fiscalRevenue, rows: revenue, note: null, sourceTitle: section.printedTitle, lines },
    expenditure: { def: TABLES.fiscalExpenditure, rows: expenditure, note: null, sourceTitle: section.printedTitle, lines },
  };
}
