/**
 * The same figure printed in two tables must agree, and the detailed tables must roll up
 * to the summaries: coded tables to 部门收支总体情况表, classification rows to the class
 * rows of 财政拨款收支总体情况表, project sheets to 项目支出.
 */
import type { ParsedTable, Row } from "../model";
import { codedColumnRows } from "../normalise/coded-columns";
import { ref, type Checker } from "./checker";
import { columnLabel } from "./labels";

type Tables = Map<string, ParsedTable>;

/** Revenue items of the summary and the expenditure column that spends the same money. */
const REVENUE_COLUMN: Record<string, string> = {
  一般公共预算收入: "general_budget_appropriation",
  政府性基金收入: "government_fund",
  专户管理的教育收费: "education_fees",
  "专户管理的教育收费结余（结转）": "education_fees_carryover",
  国有资本经营预算收入: "state_capital",
  事业收入: "institution_revenue",
  经营收入: "business_revenue",
  事业基金: "institution_fund",
  本年合计: "current_year",
  部门结转: "carryover",
  用事业单位基金弥补收支差额: "institution_fund_offset",
  收入合计: "total",
};

/** Which column of the summary each coded table details. */
const CODED_SOURCE: Record<string, string> = {
  "department-expenditure": "total",
  "general-budget-expenditure": "general_budget",
  "government-fund-expenditure": "government_fund",
};

export function checkCrossTables(checker: Checker, file: string, tables: Tables): void {
  const t = (id: string) => tables.get(id)!;
  const sumRev = t("summary-revenue");
  const sumExp = t("summary-expenditure");
  const expTotal = sumExp.rows.find((r) => r.row_kind === "total");
  const revByItem = (table: ParsedTable, item: string, group?: string) =>
    table.rows.find((r) => r.item === item && (group === undefined || r.group === group));

  // Revenue side against expenditure side of the summary.
  for (const [item, col] of Object.entries(REVENUE_COLUMN)) {
    const row = revByItem(sumRev, item);
    if (!row) continue;
    checker.equal(`summary-revenue/${row.id}=summary-expenditure/total/${col}`, "cross-table", `收支总表 收入 ${item} = 支出合计 ${columnLabel(sumExp, col)}`, ref("summary-revenue", row, "amount"), ref("summary-expenditure", expTotal, col));
  }
  const generalRevenue = ["一般公共预算收入", "上级预拨"].map((i) => revByItem(sumRev, i)).filter((r): r is Row => Boolean(r));
  checker.sum("summary-revenue/general-budget=summary-expenditure/total/general_budget", "cross-table", `收支总表 支出合计 一般公共预算 = 收入 ${generalRevenue.map((r) => r.item).join(" + ")}`, ref("summary-expenditure", expTotal, "general_budget"), generalRevenue.map((r) => ref("summary-revenue", r, "amount")));

  // Fiscal appropriation summary against the department summary.
  const fisRev = t("fiscal-summary-revenue");
  const fisExp = t("fiscal-summary-expenditure");
  const fisTotal = fisExp.rows.find((r) => r.row_kind === "total");
  const pairs: [string, Row | undefined, string, Row | undefined, string, string][] = [
    ["fiscal-summary-revenue", revByItem(fisRev, "财政拨款", "一般公共预算收入"), "summary-revenue", revByItem(sumRev, "一般公共预算收入"), "amount", "财政拨款总表 收入 财政拨款 = 收支总表 一般公共预算收入"],
    ["fiscal-summary-revenue", revByItem(fisRev, "上级预拨", "一般公共预算收入"), "summary-revenue", revByItem(sumRev, "上级预拨"), "amount", "财政拨款总表 收入 上级预拨 = 收支总表 上级预拨"],
    ["fiscal-summary-revenue", fisRev.rows.find((r) => r.row_kind === "total"), "summary-revenue", revByItem(sumRev, "本年合计"), "amount", "财政拨款总表 收入合计 = 收支总表 本年合计"],
  ];
  for (const [ta, a, tb, b, col, description] of pairs) {
    checker.equal(`${ta}/${a?.id ?? "missing"}=${tb}/${b?.id ?? "missing"}`, "cross-table", description, ref(ta, a, col), ref(tb, b, col));
  }
  const FISCAL_TO_SUMMARY: [string, string][] = [
    ["total", "current_year"],
    ["general_budget", "general_budget"],
    ["general_budget_appropriation", "general_budget_appropriation"],
    ["state_capital", "state_capital"],
  ];
  for (const [fc, sc] of FISCAL_TO_SUMMARY) {
    checker.equal(`fiscal-summary-expenditure/total/${fc}=summary-expenditure/total/${sc}`, "cross-table", `财政拨款总表 支出合计 ${columnLabel(fisExp, fc)} = 收支总表 支出合计 ${columnLabel(sumExp, sc)}`, ref("fiscal-summary-expenditure", fisTotal, fc), ref("summary-expenditure", expTotal, sc));
  }

  // Coded tables against the summary rows they detail.
  const columnRows = codedColumnRows(file, sumExp);
  for (const [tableId, summaryColumn] of Object.entries(CODED_SOURCE)) {
    const coded = t(tableId);
    const total = coded.rows.find((r) => r.row_kind === "total");
    for (const [codedColumn, summaryRow] of columnRows) {
      checker.equal(`${tableId}/total/${codedColumn}=summary-expenditure/${summaryRow?.id}/${summaryColumn}`, "cross-table", `${coded.def.titleZh} 合计 ${columnLabel(coded, codedColumn)} = 收支总表 ${summaryRow?.item} ${columnLabel(sumExp, summaryColumn)}`, ref(tableId, total, codedColumn), ref("summary-expenditure", summaryRow, summaryColumn));
    }
  }

  // Classification rows of the general budget roll up to the class rows of the fiscal summary.
  const general = t("general-budget-expenditure");
  const classCodes = new Set([...general.rows.filter((r) => r.row_kind === "item").map((r) => String(r.class_code)), ...fisExp.rows.filter((r) => r.row_kind === "item" && r.general_budget !== null).map((r) => String(r.class_code))]);
  for (const code of [...classCodes].sort()) {
    const members = general.rows.filter((r) => r.row_kind === "item" && r.class_code === code);
    const classRow = fisExp.rows.find((r) => r.class_code === code);
    checker.sum(`general-budget-expenditure/class-${code}=fiscal-summary-expenditure/${code}/general_budget`, "rollup", `一般公共预算支出 类 ${code}: Σ of its ${members.length} 项 rows (总计) = 财政拨款总表 ${classRow?.item ?? `class ${code} (row missing)`} 一般公共预算`, ref("fiscal-summary-expenditure", classRow, "general_budget"), members.map((r) => ref("general-budget-expenditure", r, "total")));
  }
  checker.equal("general-budget-expenditure/total=fiscal-summary-expenditure/total/general_budget", "cross-table", "一般公共预算支出 合计 总计 = 财政拨款总表 支出合计 一般公共预算", ref("general-budget-expenditure", general.rows.find((r) => r.row_kind === "total"), "total"), ref("fiscal-summary-expenditure", fisTotal, "general_budget"));

  // Performance goals and projects against the summary.
  const goals = t("performance-goals").rows[0];
  const [basic, project] = sumExp.rows.filter((r) => r.row_kind === "group");
  checker.equal("performance-goals/budget_total=summary-expenditure/total", "cross-table", "整体绩效目标 部门预算总额 = 收支总表 支出合计", ref("performance-goals", goals, "budget_total"), ref("summary-expenditure", expTotal, "total"));
  checker.equal("performance-goals/budget_basic=summary-expenditure/basic", "cross-table", `整体绩效目标 基本支出 = 收支总表 ${basic?.item}`, ref("performance-goals", goals, "budget_basic"), ref("summary-expenditure", basic, "total"));
  checker.equal("performance-goals/budget_project=summary-expenditure/project", "cross-table", `整体绩效目标 项目支出 = 收支总表 ${project?.item}`, ref("performance-goals", goals, "budget_project"), ref("summary-expenditure", project, "total"));
  const projects = t("projects").rows;
  checker.sum("projects/current_year_amount=summary-expenditure/project/current_year", "rollup", `Σ 项目本年度金额 of the ${projects.length} project sheets = 收支总表 ${project?.item} 本年支出小计`, ref("summary-expenditure", project, "current_year"), projects.map((p) => ref("projects", p, "current_year_amount")));
}
