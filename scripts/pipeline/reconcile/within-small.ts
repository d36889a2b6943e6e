/** Identities of the “三公” table and of the budget figures in the performance goals. */
import type { ParsedTable } from "../model";
import { ref, type Checker } from "./checker";

export function checkThreePublic(checker: Checker, table: ParsedTable): void {
  const id = table.def.id;
  const total = table.rows.find((r) => r.row_kind === "total");
  const items = table.rows.filter((r) => r.row_kind === "item");
  checker.sum(`${id}/total/amount:down`, "column-sum", `“三公”经费 ${total?.item ?? "共计"} = ${items.map((r) => r.item).join(" + ")}`, ref(id, total, "amount"), items.map((r) => ref(id, r, "amount")));
  for (const item of items) {
    const subs = table.rows.filter((r) => r.parent_id === item.id);
    if (subs.length) {
      checker.sum(`${id}/${item.id}/amount:down`, "column-sum", `“三公”经费 ${item.item} = ${subs.map((r) => r.item).join(" + ")}`, ref(id, item, "amount"), subs.map((r) => ref(id, r, "amount")));
    }
  }
}

export function checkGoals(checker: Checker, table: ParsedTable): void {
  const id = table.def.id;
  const g = table.rows[0];
  checker.sum(`${id}/goals/budget_total:by-source`, "partition", "整体绩效目标 部门预算总额 = 财政性资金 + 其他资金", ref(id, g, "budget_total"), [ref(id, g, "budget_fiscal"), ref(id, g, "budget_other")]);
  checker.sum(`${id}/goals/budget_total:by-structure`, "partition", "整体绩效目标 部门预算总额 = 基本支出 + 项目支出", ref(id, g, "budget_total"), [ref(id, g, "budget_basic"), ref(id, g, "budget_project")]);
}
