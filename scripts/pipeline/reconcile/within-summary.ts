/**
 * Identities of 部门收支总体情况表: each expenditure row adds across its sources of funds;
 * each group equals its parts, in both of the partitions the template prints for 项目支出;
 * revenue adds up to 本年合计 and 收入合计.
 */
import type { ParsedTable, Row } from "../model";
import { isNumberedItem } from "../parse/summary";
import { ref, type Checker } from "./checker";
import { amountColumns, columnLabel } from "./labels";

const ROW_IDENTITIES: [string, string[]][] = [
  ["total", ["institution_fund_offset", "carryover", "current_year"]],
  ["current_year", ["general_budget", "government_fund", "education_fees", "education_fees_carryover", "state_capital", "institution_revenue", "business_revenue", "institution_fund"]],
];

export function checkSummaryExpenditure(checker: Checker, table: ParsedTable): void {
  const id = table.def.id;
  const label = (c: string) => columnLabel(table, c);
  for (const row of table.rows) {
    for (const [total, parts] of ROW_IDENTITIES) {
      checker.sum(`${id}/${row.id}/${total}:across`, "row-sum", `收支总表 ${row.item}: ${label(total)} = ${parts.map(label).join(" + ")}`, ref(id, row, total), parts.map((p) => ref(id, row, p)));
    }
  }
  const groups = table.rows.filter((r) => r.row_kind === "group");
  const total = table.rows.find((r) => r.row_kind === "total");
  for (const col of amountColumns(table)) {
    for (const g of groups) {
      const children = table.rows.filter((r) => r.parent_id === g.id);
      const plain = children.filter((r) => !isNumberedItem(r));
      const numbered = children.filter(isNumberedItem);
      if (plain.length) {
        checker.sum(`${id}/${g.id}/${col}:down`, "column-sum", `收支总表 ${g.item} ${label(col)} = ${plain.map((r) => r.item).join(" + ")}`, ref(id, g, col), plain.map((r) => ref(id, r, col)));
      }
      if (numbered.length) {
        checker.sum(`${id}/${g.id}/${col}:partition`, "partition", `收支总表 ${g.item} ${label(col)} = Σ of its numbered items 1、…${numbered.length}、 (second partition of the group)`, ref(id, g, col), numbered.map((r) => ref(id, r, col)));
      }
    }
    checker.sum(`${id}/total/${col}:down`, "column-sum", `收支总表 支出合计 ${label(col)} = ${groups.map((g) => g.item).join(" + ")}`, ref(id, total, col), groups.map((g) => ref(id, g, col)));
  }
}

export function checkSummaryRevenue(checker: Checker, table: ParsedTable): void {
  const id = table.def.id;
  const rows = table.rows;
  const sub = rows.findIndex((r) => r.row_kind === "subtotal");
  const tot = rows.findIndex((r) => r.row_kind === "total");
  if (sub >= 0) {
    const parts = rows.slice(0, sub);
    checker.sum(`${id}/${rows[sub]!.id}/amount:down`, "column-sum", `收支总表 ${rows[sub]!.item} = ${parts.map((r) => r.item).join(" + ")}`, ref(id, rows[sub], "amount"), parts.map((r) => ref(id, r, "amount")));
  }
  if (tot >= 0) {
    const parts: Row[] = sub >= 0 && sub < tot ? rows.slice(sub, tot) : rows.slice(0, tot);
    checker.sum(`${id}/${rows[tot]!.id}/amount:down`, "column-sum", `收支总表 ${rows[tot]!.item} = ${parts.map((r) => r.item).join(" + ")}`, ref(id, rows[tot], "amount"), parts.map((r) => ref(id, r, "amount")));
  }
}
