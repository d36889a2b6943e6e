/**
 * The tables the template fills by classification and source, against the tables that print
 * the same money another way: 部门收入总体情况表 against 部门支出总体情况表 (per code) and the
 * revenue side of 部门收支总体情况表 (per source); 一般公共预算基本支出情况表 against the 基本支出
 * columns of 一般公共预算支出情况表; 支出经济分类汇总表 against 部门支出总体情况表 (基本支出 by kind)
 * and the numbered lines of 部门收支总体情况表 (项目支出 by economic class).
 * A table the document prints empty gives no check: its figures are all blank.
 */
import { cents, type ParsedTable, type Row } from "../model";
import { isNumberedItem } from "../parse/summary";
import { projectLineClass, SOURCE_WORDS } from "../template";
import { templateWord } from "../template-text";
import { ref, type Checker, type Ref } from "./checker";
import { codedColumnRows } from "../normalise/coded-columns";
import { columnLabel } from "./labels";

type Tables = Map<string, ParsedTable>;

/** A source with no column of its own is counted in the column of its fund. */
const FALLBACK: Record<string, string> = { superior_advance: "general_budget" };
/** The kinds of basic spending of the functional tables as economic classes: 工资福利支出 is 类 301, 对个人和家庭的补助 类 303, 公用经费 the rest. */
const BASIC_KIND_CLASS: [string, (classCode: string) => boolean][] = [
  ["basic_salaries", (c) => c === "301"],
  ["basic_individuals", (c) => c === "303"],
  ["basic_operating", (c) => c !== "301" && c !== "303"],
];

const printed = (t: ParsedTable, column: string) => t.rows.some((r) => cents(r, column) !== null);

/** The rows of an economic table that carry a 类's figures: its 款 rows, or its 类 rows where it prints no 款. */
function classRows(t: ParsedTable, test: (classCode: string) => boolean): Row[] {
  const items = t.rows.filter((r) => r.row_kind === "item" && test(String(r.class_code)));
  const classes = new Set(items.map((r) => String(r.class_code)));
  return [...items, ...t.rows.filter((r) => r.row_kind === "class" && test(String(r.class_code)) && !classes.has(String(r.class_code)))];
}

export function checkClassified(checker: Checker, file: string, tables: Tables): void {
  const t = (id: string) => tables.get(id)!;
  const dept = t("department-expenditure");
  const general = t("general-budget-expenditure");
  const sumRev = t("summary-revenue");
  const sumExp = t("summary-expenditure");
  const total = (x: ParsedTable) => x.rows.find((r) => r.row_kind === "total");

  // 部门收入总体情况表: each row's 总计 is the same money as 部门支出总体情况表's row of that code and unit.
  const revenue = t("revenue-overview");
  const deptById = new Map(dept.rows.map((r) => [r.id, r]));
  for (const r of revenue.rows) {
    checker.equal(`revenue-overview/${r.id}/total=department-expenditure/${r.id}/total`, "cross-table", `部门收入总体情况表 ${r.name} 总计 = 部门支出总体情况表 ${r.name} 总计`, ref("revenue-overview", r, "total"), ref("department-expenditure", deptById.get(r.id), "total"));
  }
  // … and each source column adds up to the revenue side of 部门收支总体情况表.
  if (revenue.rows.length) {
    const bySource = new Map<string, Ref[]>();
    for (const item of sumRev.rows.filter((r) => r.row_kind === "item" && cents(r, "amount") !== null)) {
      let column = SOURCE_WORDS[templateWord(String(item.item))];
      if (!column) continue;
      if (!printed(revenue, column) && FALLBACK[column]) column = FALLBACK[column]!;
      bySource.set(column, [...(bySource.get(column) ?? []), ref("summary-revenue", item, "amount")]);
    }
    const columns = new Set([...bySource.keys(), ...revenue.def.columns.filter((c) => c.type === "amount" && c.name !== "total" && printed(revenue, c.name)).map((c) => c.name)]);
    for (const column of columns) {
      const parts = bySource.get(column) ?? [];
      checker.sum(`revenue-overview/total/${column}=summary-revenue`, "cross-table", `部门收入总体情况表 合计 ${columnLabel(revenue, column)} = 收支总表 收入 ${parts.map((p) => p.row?.item).join(" + ") || "(none printed)"}`, ref("revenue-overview", total(revenue), column), parts);
    }
    checker.equal("revenue-overview/total/total=summary-revenue/total", "cross-table", "部门收入总体情况表 合计 总计 = 收支总表 收入合计", ref("revenue-overview", total(revenue), "total"), ref("summary-revenue", sumRev.rows.find((r) => r.row_kind === "total"), "amount"));
  }

  // 一般公共预算基本支出情况表 against the 基本支出 columns of 一般公共预算支出情况表.
  const basic = t("general-budget-basic-expenditure");
  if (basic.rows.length) {
    const gTotal = total(general);
    checker.equal("general-budget-basic-expenditure/total/total=general-budget-expenditure/total/basic_total", "cross-table", "一般公共预算基本支出 合计 = 一般公共预算支出 合计 基本支出", ref(basic.def.id, total(basic), "total"), ref(general.def.id, gTotal, "basic_total"));
    checker.sum("general-budget-basic-expenditure/total/personnel=general-budget-expenditure/total", "cross-table", "一般公共预算基本支出 合计 人员经费 = 一般公共预算支出 合计 工资福利支出 + 对个人和家庭的补助", ref(basic.def.id, total(basic), "personnel"), [ref(general.def.id, gTotal, "basic_salaries"), ref(general.def.id, gTotal, "basic_individuals")]);
    checker.equal("general-budget-basic-expenditure/total/operating=general-budget-expenditure/total/basic_operating", "cross-table", "一般公共预算基本支出 合计 公用经费 = 一般公共预算支出 合计 公用经费", ref(basic.def.id, total(basic), "operating"), ref(general.def.id, gTotal, "basic_operating"));
    for (const [kind, test] of BASIC_KIND_CLASS) {
      const rows = classRows(basic, test);
      checker.sum(`general-budget-basic-expenditure/by-class/${kind}=general-budget-expenditure/total/${kind}`, "cross-table", `一般公共预算支出 合计 ${columnLabel(general, kind)} = 一般公共预算基本支出 Σ of its ${rows.length} rows of the matching 经济分类`, ref(general.def.id, gTotal, kind), rows.map((r) => ref(basic.def.id, r, "total")));
    }
  }

  // 支出经济分类汇总表 against 部门支出总体情况表 and 部门收支总体情况表.
  const economic = t("economic-classification-summary");
  if (economic.rows.length) {
    const eTotal = total(economic);
    for (const [column, summaryRow] of codedColumnRows(file, sumExp)) {
      if (column !== "total" && column !== "basic_total" && column !== "project_total") continue;
      if (!printed(economic, column)) continue;
      checker.equal(`economic-classification-summary/total/${column}=summary-expenditure/${summaryRow?.id}/total`, "cross-table", `支出经济分类汇总表 合计 ${columnLabel(economic, column)} = 收支总表 ${summaryRow?.item} 合计`, ref(economic.def.id, eTotal, column), ref("summary-expenditure", summaryRow, "total"));
    }
    const dTotal = total(dept);
    for (const [kind, test] of printed(economic, "basic_total") ? BASIC_KIND_CLASS : []) {
      const rows = classRows(economic, test);
      checker.sum(`economic-classification-summary/by-class/${kind}=department-expenditure/total/${kind}`, "cross-table", `部门支出总体情况表 合计 ${columnLabel(dept, kind)} = 支出经济分类汇总表 基本支出 Σ of its ${rows.length} rows of the matching 经济分类`, ref(dept.def.id, dTotal, kind), rows.map((r) => ref(economic.def.id, r, "basic_total")));
    }
    const [, project] = sumExp.rows.filter((r) => r.row_kind === "group");
    const numbered = printed(economic, "project_total") ? sumExp.rows.filter((r) => project && r.parent_id === project.id && isNumberedItem(r)) : [];
    for (const line of numbered) {
      const classCode = projectLineClass(String(line.item));
      if (!classCode) continue;
      const rows = classRows(economic, (c) => c === classCode);
      checker.sum(`summary-expenditure/${line.id}/total=economic-classification-summary/class-${classCode}/project_total`, "cross-table", `收支总表 ${line.item} 合计 = 支出经济分类汇总表 类 ${classCode} 项目支出 (Σ of ${rows.length} rows)`, ref("summary-expenditure", line, "total"), rows.map((r) => ref(economic.def.id, r, "project_total")));
    }
    const sourceColumns = economic.def.columns.filter((c) => c.type === "amount" && sumExp.def.columns.some((s) => s.name === c.name) && c.name !== "total" && printed(economic, c.name));
    for (const c of sourceColumns) {
      checker.equal(`economic-classification-summary/total/${c.name}=summary-expenditure/total/${c.name}`, "cross-table", `支出经济分类汇总表 合计 ${c.label} = 收支总表 支出合计 ${columnLabel(sumExp, c.name)}`, ref(economic.def.id, eTotal, c.name), ref("summary-expenditure", total(sumExp), c.name));
    }
  }
}
