/**
 * Rule unlabelled-revenue: in 部门收支总体情况表 the label of a revenue amount can be lost
 * (a merged cell printed on no row). 财政拨款收支总体情况表 lists the same revenue items
 * with their amounts; when exactly one of its items has this amount, that is the label.
 * None or several: a person decides (the build stops).
 */
import { parseAmount } from "../../../../src/lib/money";
import { BuildError } from "../../errors";
import { firstDataRow, revenueCells } from "../../section-layout";
import type { Section } from "../../segment";
import type { RepairLog } from "../log";
import type { RepairRule } from "../rule";

const SUMMARY = "部门收支总体情况表";
const FISCAL = "财政拨款收支总体情况表";
const NOT_ITEMS = new Set(["小计", "合计", "收入合计", "本年合计"]);

export const unlabelledRevenue: RepairRule = {
  id: "unlabelled-revenue",
  describe: {
    repairs: "a revenue amount of 部门收支总体情况表 printed without its label, labelled from the one revenue item of 财政拨款收支总体情况表 with that amount",
    zh: "收入金额漏印名称",
    en: "unlabelled revenue",
  },
  scope: { sections: ["budget-table"], tables: [SUMMARY, FISCAL], touches: "the empty label cell of a revenue row of 部门收支总体情况表; 财政拨款收支总体情况表 is only read" },
  apply: { sections: (sections, { log }) => labelRevenueAmounts(sections, log) },
};

function labelRevenueAmounts(sections: Section[], log: RepairLog): void {
  const summary = sections.find((s) => s.kind === "budget-table" && s.title === SUMMARY);
  const fiscal = sections.find((s) => s.kind === "budget-table" && s.title === FISCAL);
  if (!summary) return;
  for (const page of summary.pages) {
    for (const row of page.slice(Math.max(0, firstDataRow(page)))) {
      const [label, amount] = row.cells;
      if (label || !amount || parseAmount(amount) == null) continue;
      const items = fiscal ? fiscalItems(fiscal) : [];
      const same = items.filter((i) => parseAmount(i.amount) === parseAmount(amount));
      if (same.length !== 1) {
        const list = (xs: typeof items) => xs.map((i) => `${i.item} ${i.amount} line ${i.line}`).join(", ");
        const found = same.length ? `${same.length} items have it (${list(same)})` : `no revenue item there has it (${list(items) || "it prints none"})`;
        throw new BuildError(log.file, row.line, "missing-label", `${SUMMARY}: revenue amount "${amount}" has no label, and ${FISCAL} cannot tell: ${found}`);
      }
      const { item, line } = same[0]!;
      log.record(row.line, "unlabelled-revenue", [""], [item], `the revenue amount ${amount} is printed without its label; ${FISCAL} prints exactly one revenue item with this amount: ${item} (line ${line})`, `收入金额 ${amount} 漏印了名称；${FISCAL}中只有一项收入是这个金额：${item}（第 ${line} 行），据此补上名称`);
      row.cells[0] = item;
    }
  }
}

function fiscalItems(fiscal: Section): { item: string; amount: string; line: number }[] {
  return fiscal.pages.flat().flatMap((row) => {
    const r = revenueCells(row);
    return r && r.item && r.amount && !NOT_ITEMS.has(r.item) ? [{ item: r.item, amount: r.amount, line: row.line }] : [];
  });
}
