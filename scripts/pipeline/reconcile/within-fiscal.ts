/** Identities of 财政拨款收支总体情况表: class rows add across and down; revenue groups add to their 小计. */
import type { ParsedTable } from "../model";
import { ref, type Checker } from "./checker";
import { amountColumns, columnLabel } from "./labels";

export function checkFiscal(checker: Checker, revenue: ParsedTable, expenditure: ParsedTable): void {
  const eid = expenditure.def.id;
  const label = (c: string) => columnLabel(expenditure, c);
  const classes = expenditure.rows.filter((r) => r.row_kind === "item");
  const total = expenditure.rows.find((r) => r.row_kind === "total");
  for (const row of expenditure.rows) {
    checker.sum(`${eid}/${row.id}/total:across`, "row-sum", `财政拨款总表 ${row.item}: 合计 = 一般公共预算 + 国有资本经营预算`, ref(eid, row, "total"), [ref(eid, row, "general_budget"), ref(eid, row, "state_capital")]);
  }
  for (const col of amountColumns(expenditure)) {
    checker.sum(`${eid}/total/${col}:down`, "column-sum", `财政拨款总表 支出合计 ${label(col)} = Σ of the ${classes.length} class rows`, ref(eid, total, col), classes.map((r) => ref(eid, r, col)));
  }

  const rid = revenue.def.id;
  const groups = new Map<string, typeof revenue.rows>();
  for (const r of revenue.rows) if (r.group && r.row_kind !== "total") groups.set(String(r.group), [...(groups.get(String(r.group)) ?? []), r]);
  const subtotals = [];
  for (const [group, rows] of groups) {
    const sub = rows.find((r) => r.row_kind === "subtotal");
    if (!sub) continue;
    subtotals.push(sub);
    const parts = rows.filter((r) => r !== sub);
    checker.sum(`${rid}/${sub.id}/amount:down`, "column-sum", `财政拨款总表 ${group} 小计 = ${parts.map((r) => r.item).join(" + ")}`, ref(rid, sub, "amount"), parts.map((r) => ref(rid, r, "amount")));
  }
  const revTotal = revenue.rows.find((r) => r.row_kind === "total");
  const loose = revenue.rows.filter((r) => r.row_kind === "item" && !(r.group && groups.get(String(r.group))?.some((x) => x.row_kind === "subtotal")));
  const parts = [...subtotals, ...loose];
  checker.sum(`${rid}/total/amount:down`, "column-sum", `财政拨款总表 收入合计 = ${parts.map((r) => (r.row_kind === "subtotal" ? `${r.group}小计` : r.item)).join(" + ")}`, ref(rid, revTotal, "amount"), parts.map((r) => ref(rid, r, "amount")));
  checker.equal(`${rid}/total=${eid}/total`, "cross-table", "财政拨款总表 收入合计 = 支出合计", ref(rid, revTotal, "amount"), ref(eid, total, "total"));
}
