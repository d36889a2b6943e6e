/**
 * Checks of kind facts: every printed total of the document equals the sum of the facts it
 * covers, in every direction (across a row, down a column, per 类, per source of funds,
 * revenue against expenditure). Nothing is hard-coded: each check reads a printed figure of
 * a parsed table and sums the facts that the figure's row and column select.
 */
import { TABLES } from "../../../src/schema/tables";
import { cents, lineOf, type ParsedTable, type Row } from "../model";
import { ref, type InternalCheck } from "./checker";
import { codedStructure } from "./coded-structure";
import { codedColumnRows } from "../normalise/coded-columns";
import { columnLabel, rowLabel } from "./labels";

type Tables = Map<string, ParsedTable>;
type Pick = (f: Row) => boolean;
/** A column's selection of facts, or null where the facts cannot say (a source of funds left open). */
type ColumnPick = (scope: Row[]) => Pick | null;

const all: Pick = () => true;
const byFund = (fund: string): ColumnPick => (scope) => (scope.some((f) => f.fund === null) ? null : (f) => f.fund === fund);
const appropriated: ColumnPick = (scope) => (scope.some((f) => f.fund === "general_budget" && f.appropriation === null) ? null : (f) => f.fund === "general_budget" && f.appropriation === "yes");
const funds = (list: string[]): ColumnPick => (scope) => (scope.some((f) => f.fund === null) ? null : (f) => list.includes(String(f.fund)));
const NOT_THIS_YEAR = ["carryover", "institution_fund_offset"];

/** The coded tables' columns: total, the two subtotals and the five kinds. */
const CODED_COLUMNS: Record<string, Pick> = {
  total: all,
  basic_total: (f) => f.spending === "basic",
  basic_salaries: (f) => f.measure === "basic_salaries",
  basic_operating: (f) => f.measure === "basic_operating",
  basic_individuals: (f) => f.measure === "basic_individuals",
  project_total: (f) => f.spending === "project",
  project_general: (f) => f.measure === "project_general",
  project_special: (f) => f.measure === "project_special",
};

/** Each coded table and the facts it prints. */
const CODED_TABLES: [string, Pick][] = [
  [TABLES.departmentExpenditure.id, all],
  [TABLES.generalBudgetExpenditure.id, (f) => f.fund === "general_budget"],
  [TABLES.governmentFund.id, (f) => f.fund === "government_fund"],
];

/** Columns of 部门收支总体情况表 (expenditure) as selections of facts. */
const SUMMARY_COLUMNS: Record<string, ColumnPick> = {
  total: () => all,
  current_year: (scope) => (scope.some((f) => f.fund === null) ? null : (f) => !NOT_THIS_YEAR.includes(String(f.fund))),
  general_budget_appropriation: appropriated,
  ...Object.fromEntries(
    ["institution_fund_offset", "carryover", "general_budget", "government_fund", "education_fees", "education_fees_carryover", "state_capital", "institution_revenue", "business_revenue", "institution_fund"].map((c) => [c, byFund(c)]),
  ),
};

const FISCAL_COLUMNS: Record<string, ColumnPick> = {
  total: funds(["general_budget", "state_capital"]),
  general_budget: byFund("general_budget"),
  general_budget_appropriation: appropriated,
  state_capital: byFund("state_capital"),
};

/** 财政拨款收支总体情况表 revenue: groups and items of the template as selections of revenue facts. */
const FISCAL_REVENUE_GROUPS: Record<string, string> = { 一般公共预算收入: "general_budget", 政府性基金收入: "government_fund" };
const FISCAL_REVENUE_ITEMS: Record<string, (group: string | undefined) => ColumnPick> = {
  财政拨款: () => appropriated,
  上级预拨: (group) => () => (f) => f.revenue_source === "上级预拨" && f.fund === group,
  国有资本经营预算: () => byFund("state_capital"),
};

export function checkFacts(facts: ParsedTable, tables: Tables, file: string): InternalCheck[] {
  const out: InternalCheck[] = [];
  const expenditure = facts.rows.filter((f) => f.direction === "expenditure");
  const revenue = facts.rows.filter((f) => f.direction === "revenue");
  const t = (id: string) => tables.get(id)!;

  // `side` keeps the ids unique where one printed cell is checked from both sides of a table.
  const check = (table: ParsedTable, row: Row | undefined, column: string, scope: Row[], pick: Pick | null, what: string, side?: string) => {
    if (!row || !pick) return;
    const printed = cents(row, column);
    const chosen = scope.filter(pick);
    if (printed === null && !chosen.length) return;
    const actual = chosen.reduce((s, f) => s + Number(f.amount), 0);
    const lines = [...new Set([lineOf(row, column), ...chosen.map((f) => f.source_line)])].sort((a, b) => a - b);
    out.push({
      id: `facts:${table.def.id}/${row.id}/${column}${side ? `/${side}` : ""}`,
      kind: "facts",
      description: `${table.def.titleZh} ${rowLabel(row)} ${columnLabel(table, column)} = Σ of the ${chosen.length} facts of ${what}`,
      expected: printed ?? 0,
      actual,
      pass: printed === actual,
      lines,
      refs: [ref(table.def.id, row, column)],
    });
  };

  // The coded tables, every row and column: item rows, unit rows, the 合计 row.
  for (const [id, inTable] of CODED_TABLES) {
    const table = t(id);
    const scoped = expenditure.filter(inTable);
    const { items } = codedStructure(table.rows);
    for (const r of table.rows) {
      const members = items.get(r) ?? [];
      const whole = r.row_kind === "total" || r.row_kind === "department";
      const ids = new Set(members.map((m) => m.id));
      const scope = whole ? scoped : scoped.filter((f) => ids.has(f.row_id as string));
      const what = r.row_kind === "item" ? `项 ${r.code}` : whole ? "the table" : `its ${members.length} 项 rows`;
      for (const [column, pick] of Object.entries(CODED_COLUMNS)) check(table, r, column, scope, pick, `${what}, ${columnLabel(table, column)}`);
    }
  }

  // 部门收支总体情况表: its rows are the coded tables' columns turned sideways.
  const summary = t(TABLES.summaryExpenditure.id);
  for (const [codedColumn, row] of codedColumnRows(file, summary)) {
    const scope = expenditure.filter(CODED_COLUMNS[codedColumn]!);
    for (const [column, pick] of Object.entries(SUMMARY_COLUMNS)) check(summary, row, column, scope, pick(scope), `${rowLabel(row)}, by ${columnLabel(summary, column)}`);
  }

  // 财政拨款收支总体情况表: per 类 and in total.
  const fiscal = t(TABLES.fiscalExpenditure.id);
  for (const row of fiscal.rows) {
    const scope = row.row_kind === "item" ? expenditure.filter((f) => f.class_code === row.class_code) : expenditure;
    for (const [column, pick] of Object.entries(FISCAL_COLUMNS)) check(fiscal, row, column, scope, pick(scope), `${row.row_kind === "item" ? `类 ${row.class_code}` : "all 类"}, ${columnLabel(fiscal, column)}`);
  }

  // Revenue: 本年合计 and 收入合计, and each source of funds against the expenditure side.
  const sumRev = t(TABLES.summaryRevenue.id);
  for (const [i, row] of sumRev.rows.entries()) {
    if (row.row_kind === "item") continue;
    const before = new Set(sumRev.rows.slice(0, i).map((r) => r.id));
    const scope = row.row_kind === "subtotal" ? revenue.filter((f) => before.has(f.row_id as string)) : revenue;
    check(sumRev, row, "amount", scope, all, row.row_kind === "subtotal" ? "revenue printed above it" : "revenue");
  }
  const total = summary.rows.find((r) => r.row_kind === "total");
  for (const [column, pick] of Object.entries(SUMMARY_COLUMNS)) {
    if (column === "total" || column === "current_year") continue;
    const p = pick(revenue);
    if (p && revenue.some(p)) check(summary, total, column, revenue, p, `revenue, by ${columnLabel(summary, column)} (revenue side)`, "revenue");
  }

  const fisRev = t(TABLES.fiscalRevenue.id);
  for (const row of fisRev.rows) {
    const group = row.group ? FISCAL_REVENUE_GROUPS[String(row.group)] : undefined;
    let pick: Pick | null | undefined;
    if (row.row_kind === "total") pick = funds(["general_budget", "government_fund", "state_capital"])(revenue);
    else if (row.row_kind === "subtotal" && group) pick = byFund(group)(revenue);
    else if (row.row_kind === "item") pick = FISCAL_REVENUE_ITEMS[String(row.item)]?.(group)(revenue);
    if (pick !== undefined) check(fisRev, row, "amount", revenue, pick, `revenue, ${rowLabel(row)}`);
  }

  // 整体绩效目标表: the budget and its structure.
  const goals = t(TABLES.performanceGoals.id);
  const g = goals.rows[0];
  check(goals, g, "budget_total", expenditure, all, "expenditure");
  check(goals, g, "budget_basic", expenditure, CODED_COLUMNS.basic_total!, "基本支出");
  check(goals, g, "budget_project", expenditure, CODED_COLUMNS.project_total!, "项目支出");
  return out;
}
