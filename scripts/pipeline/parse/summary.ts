/**
 * 部门收支总体情况表: revenue on the left (项目, 金额), expenditure on the right
 * (项目 and thirteen amount columns), printed side by side on one sheet.
 */
import { TABLES } from "../../../src/schema/tables";
import { BuildError } from "../errors";
import type { Context, ParsedTable, Row } from "../model";
import type { Section } from "../segment";
import { NUMBERED_ITEM, ORDINAL_ITEM } from "../template-text";
import { amountAt, expectHeader, pad } from "./cells";
import { refuseUnknownWords } from "./header";

const EXPENDITURE_COLUMNS = TABLES.summaryExpenditure.columns.filter((c) => c.type === "amount").map((c) => c.name);
const FIRST_AMOUNT = 3;

const HEADER: Record<number, string[]> = {
  0: ["项目"],
  1: ["金额"],
  2: ["项目"],
  3: ["合计"],
  4: ["用事业单位基金弥补收支差额"],
  5: ["部门结转"],
  6: ["本年支出小计"],
  7: ["一般公共预算"],
  9: ["政府性基金"],
  10: ["专户管理的教育收费"],
  11: ["专户管理的教育收费结余（结转）"],
  12: ["国有资本经营预算收入"],
  13: ["事业收入"],
  14: ["经营收入"],
  15: ["事业基金"],
};

export function parseSummary(ctx: Context, section: Section): { revenue: ParsedTable; expenditure: ParsedTable } {
  const revenue: Row[] = [];
  const expenditure: Row[] = [];
  let group: Row | null = null;
  for (const page of section.pages) {
    const first = page.findIndex((r) => r.cells.some((c) => ORDINAL_ITEM.test(c ?? "")));
    if (first < 1) throw new BuildError(ctx.file, section.line, "unrecognised-layout", `${section.printedTitle}: no header rows before the first 一、 row`);
    // The first header row only says 收入 / 支出; the column words are below it.
    expectHeader(ctx.file, section.printedTitle, page.slice(1, first), HEADER);
    refuseUnknownWords(ctx.file, section.printedTitle, page.slice(0, first), [...Object.values(HEADER).flat(), "收入", "支出", "小计", "其中：财政拨款"]);
    for (const h of page.slice(0, first)) ctx.lines.claim(h.line, "header");
    for (const row of page.slice(first)) {
      const [label = "", amountText = ""] = row.cells;
      if (label || amountText) {
        if (!label) throw new BuildError(ctx.file, row.line, "missing-label", `${section.printedTitle}: revenue amount "${amountText}" has no label`);
        revenue.push({
          id: `r${pad(revenue.length + 1)}`,
          source_file: ctx.file,
          source_line: row.line,
          row_kind: label === "收入合计" ? "total" : label === "本年合计" ? "subtotal" : "item",
          item: label ?? "",
          amount: amountAt(ctx.file, row, 1, "revenue amount"),
        });
      }
      const item = row.cells[2] ?? "";
      const amounts = row.cells.slice(FIRST_AMOUNT);
      if (!item) {
        if (amounts.some((c) => c)) throw new BuildError(ctx.file, row.line, "missing-label", `${section.printedTitle}: expenditure amounts without an item label`);
        continue;
      }
      const kind = item === "支出合计" ? "total" : ORDINAL_ITEM.test(item) ? "group" : "item";
      const record: Row = {
        id: `e${pad(expenditure.length + 1)}`,
        source_file: ctx.file,
        source_line: row.line,
        row_kind: kind,
        item,
        parent_id: kind === "item" ? group?.id ?? null : null,
      };
      if (kind === "item" && !group) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `expenditure item "${item}" before any 一、 group`);
      EXPENDITURE_COLUMNS.forEach((name, k) => (record[name] = amountAt(ctx.file, row, FIRST_AMOUNT + k, name)));
      if (row.cells.length > FIRST_AMOUNT + EXPENDITURE_COLUMNS.length) {
        throw new BuildError(ctx.file, row.line, "unrecognised-layout", `more cells than the ${EXPENDITURE_COLUMNS.length} expenditure columns`);
      }
      if (kind === "group") group = record;
      expenditure.push(record);
    }
  }
  const note = section.notes.map((n) => n.text).join("\n") || null;
  return {
    revenue: { def: TABLES.summaryRevenue, rows: revenue, note, sourceTitle: section.printedTitle, lines: [section.line, section.endLine] },
    expenditure: { def: TABLES.summaryExpenditure, rows: expenditure, note, sourceTitle: section.printedTitle, lines: [section.line, section.endLine] },
  };
}

export const isNumberedItem = (row: Row): boolean => NUMBERED_ITEM.test(String(row.item));
