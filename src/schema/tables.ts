/**
 * The tables of a budget disclosure of this template, with their columns.
 * Template knowledge only: nothing here names a department, a year or a figure.
 */
import { FUND_LABELS, LINE_ROLE_LABELS, provenanceColumns, ROW_KIND_LABELS, type ColumnDef } from "./columns";

export interface TableDef {
  id: string;
  /** Title as the template prints it, without the year prefix. */
  titleZh: string;
  titleEn: string;
  description: string;
  columns: ColumnDef[];
}

const amount = (name: string, label: string, description: string): ColumnDef => ({
  name,
  label,
  type: "amount",
  nullable: true,
  description: `${description} (万元; blank in the source is null).`,
});

/** The eight amount columns of the coded expenditure tables (总计 … 专项资金). */
const codedAmountColumns: ColumnDef[] = [
  amount("total", "总计", "Total"),
  amount("basic_total", "基本支出 小计", "Basic (running) expenditure, subtotal"),
  amount("basic_salaries", "工资福利支出", "Basic expenditure: wages and benefits"),
  amount("basic_operating", "公用经费", "Basic expenditure: office running costs"),
  amount("basic_individuals", "对个人和家庭的补助", "Basic expenditure: subsidies to individuals and families"),
  amount("project_total", "项目支出 小计", "Project expenditure, subtotal"),
  amount("project_general", "一般性项目", "Project expenditure: general projects"),
  amount("project_special", "专项资金", "Project expenditure: special funds"),
];

/** Kinds of row in a table keyed by classification code (functional or economic). */
const CODED_ROW_KINDS = ["total", "department", "unit", "class", "section", "item"] as const;

const codedRowKind: ColumnDef = {
  name: "row_kind",
  label: "行类型",
  type: "string",
  enum: CODED_ROW_KINDS,
  valueLabels: ROW_KIND_LABELS,
  description:
    "total: the 合计 row; department: the department's row (no unit code); unit: a budget unit's row (单位代码 and name, its subtotals); class / section: a 类 or 款 subtotal row; item: a classification row of the finest level printed (项, or 款 in the economic tables).",
};

const unitCodeColumn: ColumnDef = { name: "unit_code", label: "单位代码", type: "code", nullable: true, description: "Budget unit code as printed (on unit rows, and on the rows of that unit)." };

/** Key columns of the tables keyed by functional classification (类/款/项), before their amounts. */
const functionalKeyColumns: ColumnDef[] = [
  ...provenanceColumns,
  codedRowKind,
  { name: "code", label: "科目编码", type: "code", nullable: true, description: "Functional classification code as far as printed: 7 digits (类+款+项), or 3 / 5 for a 类 / 款 subtotal row." },
  { name: "class_code", label: "类", type: "code", nullable: true, description: "Class (类) of the code: its first 3 digits, as printed in the 类 column." },
  { name: "section_code", label: "款编码", type: "code", nullable: true, description: "Section (款) of the code as a full 5-digit code (类+款)." },
  { name: "section_part", label: "款", type: "code", nullable: true, description: "The 款 column as printed (2 digits)." },
  { name: "item_part", label: "项", type: "code", nullable: true, description: "The 项 column as printed (2 digits)." },
  unitCodeColumn,
  { name: "name", label: "单位(科目名称)", type: "string", description: "Unit or classification name as printed." },
  { name: "class_name", label: "类名称", type: "string", nullable: true, description: "Official 类 name from the classification list." },
  { name: "section_name", label: "款名称", type: "string", nullable: true, description: "Official 款 name from the classification list." },
];

const codedColumns: ColumnDef[] = [...functionalKeyColumns, ...codedAmountColumns];

/** Key columns of the tables keyed by economic classification (类 3 digits, 款 5 digits). */
const economicKeyColumns: ColumnDef[] = [
  ...provenanceColumns,
  codedRowKind,
  { name: "code", label: "经济分类科目编码", type: "code", nullable: true, description: "Economic classification code: 3 digits for a 类 row, 5 (类+款) for a 款 row; printed in two columns or as one." },
  { name: "class_code", label: "类", type: "code", nullable: true, description: "Economic class (类): the first 3 digits." },
  { name: "item_part", label: "款", type: "code", nullable: true, description: "The 款 part as printed (2 digits)." },
  unitCodeColumn,
  { name: "name", label: "科目名称", type: "string", description: "Unit or classification name as printed." },
  { name: "official_name", label: "规范名称", type: "string", nullable: true, description: "Official name of the code in the economic classification list (seeds/economic-classification.csv)." },
  { name: "class_name", label: "类名称", type: "string", nullable: true, description: "Official name of the row's 类." },
];

/** Sources of funds as the template prints them, in 部门收入总体情况表 and 支出经济分类汇总表. */
const sourceAmountColumns: ColumnDef[] = [
  amount("general_budget", "一般公共预算", "Source: general public budget"),
  amount("superior_advance", "上级预拨", "Source: advance from the level above"),
  amount("government_fund", "政府性基金", "Source: government fund budget"),
  amount("prior_year_balance", "上年结余（结转）", "Source: balance carried from last year (fiscal)"),
  amount("education_fees", "专户管理的教育收费", "Source: education fees managed in special accounts"),
  amount("education_fees_carryover", "专户管理的教育收费结余（结转）", "Source: education fees carried over"),
  amount("state_capital", "国有资本经营预算", "Source: state capital operations budget"),
  amount("institution_revenue", "事业收入", "Source: institution revenue"),
  amount("business_revenue", "经营收入", "Source: business revenue"),
  amount("institution_fund", "事业基金", "Source: institution fund"),
  amount("other_revenue", "其他收入", "Source: other revenue"),
  amount("carryover", "部门结转", "Source: carried over by the department from last year"),
  amount("institution_fund_offset", "用事业单位基金弥补收支差额", "Source: covered from institution funds"),
];

const summaryExpenditureAmounts: ColumnDef[] = [
  amount("total", "合计", "Total"),
  amount("institution_fund_offset", "用事业单位基金弥补收支差额", "Covered from institution funds"),
  amount("carryover", "部门结转", "Carried over by the department from last year"),
  amount("current_year", "本年支出小计", "This year's expenditure, subtotal"),
  amount("general_budget", "一般公共预算", "General public budget"),
  amount("general_budget_appropriation", "其中：财政拨款", "Of which: treasury appropriation (header word lost in the PDF; template label)"),
  amount("government_fund", "政府性基金", "Government fund budget"),
  amount("education_fees", "专户管理的教育收费", "Education fees managed in special accounts"),
  amount("education_fees_carryover", "专户管理的教育收费结余（结转）", "Education fees carried over"),
  amount("state_capital", "国有资本经营预算收入", "State capital operations budget"),
  amount("institution_revenue", "事业收入", "Institution revenue"),
  amount("business_revenue", "经营收入", "Business revenue"),
  amount("institution_fund", "事业基金", "Institution fund"),
];

const targetColumns: ColumnDef[] = [
  { name: "target", label: "指标值", type: "string", nullable: true, description: "Target value as printed, e.g. ≥95%." },
  { name: "target_operator", label: "比较符", type: "string", nullable: true, enum: ["=", "≥", "≤", ">", "<"], description: "Comparison printed before the number, if any." },
  { name: "target_value", label: "目标数值", type: "number", nullable: true, description: "Number parsed from the target, where it parses." },
  { name: "target_unit", label: "目标单位", type: "string", nullable: true, description: "Unit printed after the number (%, 万元, 家, …)." },
];

const levelColumns: ColumnDef[] = [
  { name: "level1", label: "一级指标", type: "string", nullable: true, description: "First-level indicator group." },
  { name: "level2", label: "二级指标", type: "string", nullable: true, description: "Second-level indicator group (null where the source prints none)." },
  { name: "level3", label: "三级指标", type: "string", description: "The indicator." },
];

const text = (name: string, label: string, description: string): ColumnDef => ({
  name,
  label,
  type: "text",
  nullable: true,
  description,
});

/** Relations of a budget line to the others and to the facts (issue: sums that cannot mislead). */
const budgetLineRelations: ColumnDef[] = [
  { name: "period", label: "期间", type: "string", enum: ["current", "last_year"], valueLabels: { current: "本年", last_year: "上年" }, description: "current: this year's budget; last_year: a figure of last year (上年度) printed for comparison." },
  { name: "basis", label: "依据", type: "string", enum: ["fact", "derived", "breakdown", "stated_once"], valueLabels: { fact: "可相加金额", derived: "由可相加金额得出", breakdown: "另一种拆分", stated_once: "单列" }, description: "fact: the amount is a row of the facts table (fact_id); derived: a sum of facts, as the check derived_by says; breakdown: a part of another breakdown of a derived figure (checked by part_of), not additive with the facts; stated_once: printed once, in no identity." },
  { name: "fact_id", label: "可相加金额编号", type: "code", nullable: true, description: "The facts row this amount is, where basis is fact." },
  { name: "derived_by", label: "推导核对", type: "string", nullable: true, description: "Id of the check (kind facts) that equates this amount with a sum of facts." },
  { name: "total_of", label: "合计核对", type: "string", nullable: true, description: "Ids of the checks (comma-separated) in which this amount is the total of two or more other lines: it repeats their sum." },
  { name: "part_of", label: "组成核对", type: "string", nullable: true, description: "Ids of the checks (comma-separated) in which this amount is one of the parts of a total." },
  { name: "same_as", label: "相同核对", type: "string", nullable: true, description: "Ids of the checks (comma-separated) in which this amount is the same figure printed in another table." },
  { name: "of_which", label: "其中", type: "code", nullable: true, description: "For an 其中 (of which) amount: the id of the budget line it is part of." },
];

const codeName = (name: string, label: string, description: string): ColumnDef => ({ name, label, type: "string", nullable: true, description });

const factColumns: ColumnDef[] = [
  ...provenanceColumns,
  { name: "direction", label: "收支", type: "string", enum: ["expenditure", "revenue"], valueLabels: { expenditure: "支出", revenue: "收入" }, description: "expenditure (支出) or revenue (收入): the same money seen from two sides, never summed together." },
  { name: "table", label: "来源表", type: "code", description: "Table the amount is read from (its table of origin)." },
  { name: "row_id", label: "来源行编号", type: "code", description: "Row id in the table of origin." },
  {
    name: "measure",
    label: "来源列",
    type: "code",
    // A fact is read from a coded expenditure table's amount column, or from a revenue item's amount.
    valueLabels: { ...Object.fromEntries(codedAmountColumns.map((c) => [c.name, c.label])), amount: "金额" },
    description: "Column of the table of origin (basic_salaries …, or amount for revenue).",
  },
  { name: "code", label: "科目编码", type: "code", nullable: true, description: "7-digit functional classification (项) code of an expenditure fact." },
  { name: "code_name", label: "项名称", type: "string", nullable: true, description: "Official 项 name (classifications table), else the name printed." },
  { name: "class_code", label: "类", type: "code", nullable: true, description: "3-digit class (类)." },
  codeName("class_name", "类名称", "Official class (类) name."),
  { name: "section_code", label: "款", type: "code", nullable: true, description: "5-digit section (类+款)." },
  codeName("section_name", "款名称", "Official section (款) name."),
  { name: "unit_code", label: "单位代码", type: "code", nullable: true, description: "Budget unit code as printed." },
  { name: "unit_name", label: "单位名称", type: "string", nullable: true, description: "Name of the budget unit, from its unit row in 部门支出总体情况表 (departments of several units); null where the document prints no unit rows." },
  { name: "spending", label: "支出类型", type: "string", nullable: true, enum: ["basic", "project"], valueLabels: { basic: "基本支出", project: "项目支出" }, description: "basic (基本支出, running costs) or project (项目支出); null for revenue." },
  { name: "economic_kind", label: "支出种类", type: "string", nullable: true, enum: ["salaries", "operating", "individuals", "general_project", "special_fund"], valueLabels: { salaries: "工资福利支出", operating: "公用经费", individuals: "对个人和家庭的补助", general_project: "一般性项目", special_fund: "专项资金" }, description: "工资福利支出, 公用经费, 对个人和家庭的补助 (basic); 一般性项目, 专项资金 (project); null for revenue." },
  { name: "economic_kind_label", label: "支出种类名称", type: "string", nullable: true, description: "The kind as the table's header prints it." },
  { name: "economic_class", label: "经济分类类", type: "code", nullable: true, description: "Economic classification 类 (3 digits) where the document determines it: 工资福利支出 is 301 and 对个人和家庭的补助 303 (the identities of the economic tables hold it), 公用经费 or a kind of project spending only where the document prints a single 类 for it; null otherwise, never guessed." },
  codeName("economic_class_name", "经济分类类名称", "Official name of the economic class."),
  { name: "revenue_source", label: "收入来源", type: "string", nullable: true, description: "Revenue item as printed (一般公共预算收入, 上级预拨, 部门结转 …); null for expenditure." },
  { name: "fund", label: "资金来源", type: "code", nullable: true, valueLabels: FUND_LABELS, description: "Source of funds where the document determines it: general_budget (一般公共预算), government_fund, carryover (部门结转), state_capital, …; null where the document does not say which." },
  { name: "appropriation", label: "财政拨款", type: "string", nullable: true, enum: ["yes", "no"], valueLabels: { yes: "是", no: "否" }, description: "Within the general budget: yes for 财政拨款, no for the rest (e.g. 上级预拨); null where the document does not determine it at this level (it prints the split by 类 and by kind, not by 项)." },
  amount("amount", "金额", "Amount"),
];

const projectChangeColumns: ColumnDef[] = [
  ...provenanceColumns,
  { name: "project_id", label: "项目编号", type: "code", description: "Id of the project (projects table)." },
  { name: "name", label: "项目名称", type: "string", description: "Project name." },
  amount("current_year_amount", "项目本年度金额", "Amount for this year, as printed"),
  amount("last_year_amount", "项目上年度金额", "Last year's amount, as printed"),
  amount("change_amount", "比上年增减", "This year's amount minus last year's, exact"),
  {
    name: "change_percent",
    label: "增减（%）",
    type: "number",
    nullable: true,
    description: "change_amount in percent of last year's amount, computed from integer cents and rounded half away from zero to two decimals; null where last year's amount is 0 or blank.",
  },
];

export const TABLES = {
  summaryRevenue: {
    id: "summary-revenue",
    titleZh: "部门收支总体情况表（收入）",
    titleEn: "Revenue and expenditure summary: revenue side",
    description: "Revenue side of the department's revenue and expenditure summary.",
    columns: [
      ...provenanceColumns,
      { name: "row_kind", label: "行类型", type: "string", enum: ["item", "subtotal", "total"], valueLabels: ROW_KIND_LABELS, description: "item; subtotal: 本年合计; total: 收入合计." },
      { name: "item", label: "项目", type: "string", description: "Revenue item as printed." },
      amount("amount", "金额", "Amount"),
    ],
  },
  summaryExpenditure: {
    id: "summary-expenditure",
    titleZh: "部门收支总体情况表（支出）",
    titleEn: "Revenue and expenditure summary: expenditure side",
    description: "Expenditure side of the department's revenue and expenditure summary, by purpose and source of funds.",
    columns: [
      ...provenanceColumns,
      { name: "row_kind", label: "行类型", type: "string", enum: ["group", "item", "total"], valueLabels: ROW_KIND_LABELS, description: "group: 一、二、 rows; item: their parts; total: 支出合计." },
      { name: "item", label: "项目", type: "string", description: "Expenditure item as printed." },
      { name: "parent_id", label: "上级", type: "code", nullable: true, description: "Id of the group row this item belongs to." },
      ...summaryExpenditureAmounts,
    ],
  },
  revenueOverview: {
    id: "revenue-overview",
    titleZh: "部门收入总体情况表",
    titleEn: "Revenue by functional classification and source of funds",
    description: "Revenue by functional classification code (类/款/项) and source of funds; the columns are those the document's header prints, the others stay blank.",
    columns: [...functionalKeyColumns, amount("total", "总计", "Total"), ...sourceAmountColumns],
  },
  departmentExpenditure: {
    id: "department-expenditure",
    titleZh: "部门支出总体情况表",
    titleEn: "Department expenditure by functional classification",
    description: "All expenditure by functional classification code, split into basic and project expenditure.",
    columns: codedColumns,
  },
  fiscalRevenue: {
    id: "fiscal-summary-revenue",
    titleZh: "财政拨款收支总体情况表（收入）",
    titleEn: "Fiscal appropriation summary: revenue side",
    description: "Revenue side of the fiscal appropriation summary.",
    columns: [
      ...provenanceColumns,
      { name: "row_kind", label: "行类型", type: "string", enum: ["item", "subtotal", "total"], valueLabels: ROW_KIND_LABELS, description: "item; subtotal: a group's 小计; total: 收入合计." },
      { name: "group", label: "收入类别", type: "string", nullable: true, description: "Revenue group label as printed (carried down the merged cell)." },
      { name: "item", label: "项目", type: "string", description: "Revenue item as printed." },
      amount("amount", "金额", "Amount"),
    ],
  },
  fiscalExpenditure: {
    id: "fiscal-summary-expenditure",
    titleZh: "财政拨款收支总体情况表（支出）",
    titleEn: "Fiscal appropriation summary: expenditure by class",
    description: "Expenditure side of the fiscal appropriation summary, one row per functional class (类).",
    columns: [
      ...provenanceColumns,
      { name: "row_kind", label: "行类型", type: "string", enum: ["item", "total"], valueLabels: ROW_KIND_LABELS, description: "item: a 类 row; total: 支出合计." },
      { name: "item", label: "项目", type: "string", description: "Class as printed, e.g. 五、教育." },
      { name: "class_code", label: "类", type: "code", nullable: true, description: "3-digit class code (200 + the printed ordinal)." },
      { name: "class_name", label: "类名称", type: "string", nullable: true, description: "Official class name from the classification list, where listed." },
      amount("total", "合计", "Total"),
      amount("general_budget", "一般公共预算", "General public budget, subtotal"),
      amount("general_budget_appropriation", "其中：财政拨款", "Of which: treasury appropriation"),
      amount("state_capital", "国有资本经营预算", "State capital operations budget"),
    ],
  },
  generalBudgetExpenditure: {
    id: "general-budget-expenditure",
    titleZh: "一般公共预算支出情况表",
    titleEn: "General public budget expenditure by functional classification",
    description: "Like department-expenditure, for the general public budget only.",
    columns: codedColumns,
  },
  economicSummary: {
    id: "economic-classification-summary",
    titleZh: "支出经济分类汇总表",
    titleEn: "Expenditure by economic classification",
    description: "All expenditure by economic classification (类 and 款), split as the document's header prints it (基本支出 / 项目支出, 人员经费 / 公用经费, or sources of funds); unprinted columns stay blank.",
    columns: [
      ...economicKeyColumns,
      amount("total", "合计", "Total"),
      amount("basic_total", "基本支出", "Basic (running) expenditure"),
      amount("personnel", "人员经费", "Basic expenditure: personnel"),
      amount("operating", "公用经费", "Basic expenditure: office running costs"),
      amount("project_total", "项目支出", "Project expenditure"),
      ...sourceAmountColumns,
    ],
  },
  generalBudgetBasic: {
    id: "general-budget-basic-expenditure",
    titleZh: "一般公共预算基本支出情况表",
    titleEn: "General public budget basic expenditure by economic classification",
    description: "Basic (running) expenditure of the general public budget by economic classification (类 and 款), split into 人员经费 and 公用经费.",
    columns: [
      ...economicKeyColumns,
      amount("total", "合计", "Total"),
      amount("personnel", "人员经费", "Personnel"),
      amount("operating", "公用经费", "Office running costs"),
    ],
  },
  threePublic: {
    id: "three-public-expenses",
    titleZh: "一般公共预算“三公”经费支出情况表",
    titleEn: "“Three public expenses” (overseas travel, reception, vehicles)",
    description: "Budget for overseas travel, official reception and official vehicles.",
    columns: [
      ...provenanceColumns,
      { name: "row_kind", label: "行类型", type: "string", enum: ["total", "item", "sub-item"], valueLabels: ROW_KIND_LABELS, description: "total: 共计; item: 1、2、3、; sub-item: (1)(2) under an item." },
      { name: "item", label: "项目", type: "string", description: "Item as printed." },
      { name: "parent_id", label: "上级", type: "code", nullable: true, description: "Id of the row this one is part of." },
      amount("amount", "“三公”经费预算数", "Budget"),
    ],
  },
  governmentFund: {
    id: "government-fund-expenditure",
    titleZh: "政府性基金预算支出情况表",
    titleEn: "Government fund budget expenditure",
    description: "Same columns as department-expenditure, for the government fund budget.",
    columns: codedColumns,
  },
  performanceGoals: {
    id: "performance-goals",
    titleZh: "整体绩效目标表",
    titleEn: "Department performance goals",
    description: "The department's yearly goal and budget as stated in its overall performance goals table.",
    columns: [
      ...provenanceColumns,
      { name: "department", label: "部门(单位)名称", type: "string", description: "Department name as printed." },
      text("annual_goal", "年度履职目标", "Yearly goal."),
      amount("budget_total", "部门预算总额", "Department budget total"),
      amount("budget_fiscal", "财政性资金", "Funding source: fiscal funds"),
      amount("budget_other", "其他资金", "Funding source: other funds"),
      amount("budget_basic", "基本支出", "Structure: basic expenditure"),
      amount("budget_project", "项目支出", "Structure: project expenditure"),
    ],
  },
  performanceTasks: {
    id: "performance-tasks",
    titleZh: "整体绩效目标表（年度主要任务）",
    titleEn: "Department main tasks",
    description: "The main tasks listed in the overall performance goals table.",
    columns: [
      ...provenanceColumns,
      { name: "task", label: "任务名称", type: "string", description: "Task name." },
      text("content", "主要内容", "Task content."),
    ],
  },
  performanceIndicators: {
    id: "performance-indicators",
    titleZh: "整体绩效目标表（绩效指标）",
    titleEn: "Department performance indicators",
    description: "Three-level indicator table of the overall performance goals.",
    columns: [...provenanceColumns, ...levelColumns, ...targetColumns, text("description", "指标值说明", "Explanation of the indicator.")],
  },
  projects: {
    id: "projects",
    titleZh: "项目支出绩效目标表",
    titleEn: "Projects",
    description: "One row per project sheet (项目支出绩效目标表).",
    columns: [
      ...provenanceColumns,
      { name: "name", label: "项目名称", type: "string", description: "Project name." },
      { name: "unit_name", label: "单位名称", type: "string", description: "Budget unit, from the sheet title." },
      { name: "fund_type", label: "经费类型", type: "string", nullable: true, description: "Printed in brackets in the sheet title (行政, 全供, …)." },
      { name: "unit_code", label: "单位编码", type: "code", description: "Budget unit code." },
      { name: "purpose", label: "资金用途", type: "string", nullable: true, description: "Use of funds." },
      { name: "leaders", label: "项目负责人", type: "string", nullable: true, description: "Responsible persons, as printed." },
      { name: "contacts", label: "联系人", type: "string", nullable: true, description: "Contact persons, as printed." },
      { name: "phone", label: "联系电话", type: "string", nullable: true, description: "Office telephone; personal mobile numbers are masked." },
      { name: "start_date", label: "开始时间", type: "date", nullable: true, description: "Start date." },
      { name: "end_date", label: "结束时间", type: "date", nullable: true, description: "End date." },
      amount("total_amount", "项目总金额", "Project total"),
      amount("current_year_amount", "项目本年度金额", "Amount for this year"),
      amount("last_year_total_amount", "上年度项目总金额", "Last year's project total"),
      amount("last_year_amount", "项目上年度金额", "Last year's amount"),
      text("overview", "项目概况", "Overview."),
      text("basis", "立项依据", "Legal or policy basis."),
      text("necessity", "项目设立的必要性", "Why the project is needed."),
      text("measures", "项目配套制度措施", "Supporting rules and measures."),
      text("plan", "项目实施计划", "Implementation plan."),
      text("remarks", "备注", "Remarks."),
      text("overall_goal", "项目总目标", "Overall goal."),
      text("annual_goal", "年度绩效目标", "Goal for the year."),
    ],
  },
  projectIndicators: {
    id: "project-indicators",
    titleZh: "项目支出绩效目标表（绩效指标）",
    titleEn: "Project performance indicators",
    description: "The three-level indicator tables of all project sheets.",
    columns: [
      ...provenanceColumns,
      { name: "project_id", label: "项目编号", type: "code", description: "Id of the project (projects table)." },
      { name: "project_name", label: "项目名称", type: "string", description: "Project name." },
      ...levelColumns,
      ...targetColumns,
    ],
  },
  budgetLines: {
    id: "budget-lines",
    titleZh: "预算明细（全部金额）",
    titleEn: "Budget lines: every amount in the document",
    description: "One row per amount printed anywhere in the document, so amounts can be filtered and summed across tables.",
    columns: [
      ...provenanceColumns,
      { name: "table", label: "表", type: "code", description: "Table id the amount belongs to." },
      { name: "row_id", label: "行编号", type: "code", description: "Row id within that table." },
      { name: "row_kind", label: "行类型", type: "string", valueLabels: ROW_KIND_LABELS, nullable: true, description: "row_kind of that row (item, total, …), where the table has one." },
      { name: "item", label: "项目", type: "string", description: "Row label (item, name or project)." },
      { name: "measure", label: "度量", type: "code", description: "Column name of the amount in its table." },
      { name: "measure_label", label: "度量名称", type: "string", description: "Chinese label of that column." },
      { name: "fund", label: "资金来源", type: "code", nullable: true, valueLabels: FUND_LABELS, description: "Budget fund of the amount where the table says (general_budget, government_fund, state_capital, …)." },
      { name: "code", label: "科目编码", type: "code", nullable: true, description: "Functional classification code of the row, where it has one (7-digit 项 or 3-digit 类)." },
      { name: "class_code", label: "类", type: "code", nullable: true, description: "3-digit class (类) of the row's code." },
      { name: "section_code", label: "款", type: "code", nullable: true, description: "5-digit section (类+款) of the row's code." },
      { name: "economic_code", label: "经济分类科目编码", type: "code", nullable: true, description: "Economic classification code of the row (3-digit 类 or 5-digit 款), for the rows of the economic tables." },
      { name: "economic_class", label: "经济分类类", type: "code", nullable: true, description: "3-digit economic class (类) of economic_code." },
      amount("amount", "金额", "Amount"),
      ...budgetLineRelations,
    ],
  },
  classifications: {
    id: "classifications",
    titleZh: "支出功能分类科目",
    titleEn: "Functional classification codes used",
    description: "The functional classification codes of the document, with official names from the reference list and the names printed in the document.",
    columns: [
      ...provenanceColumns,
      { name: "code", label: "科目编码", type: "code", description: "Code (3, 5 or 7 digits)." },
      { name: "level", label: "级次", type: "string", enum: ["类", "款", "项"], description: "类 (class), 款 (section) or 项 (item)." },
      { name: "name", label: "科目名称", type: "string", nullable: true, description: "Official name from the reference list." },
      { name: "name_in_document", label: "文中名称", type: "string", nullable: true, description: "Name as printed in the document, where it prints one." },
      { name: "parent", label: "上级科目", type: "code", nullable: true, description: "Parent code." },
    ],
  },
  facts: {
    id: "facts",
    titleZh: "可相加金额（互不包含）",
    titleEn: "Facts: the department's amounts, none part of another",
    description:
      "Expenditure: each 项 code × each kind of spending of 部门支出总体情况表 (工资福利支出, 公用经费, 对个人和家庭的补助, 一般性项目, 专项资金), split by budget fund where the document determines it; revenue: each source of 部门收支总体情况表. No amount is part of another, so any group of facts can be summed; checks of kind facts tie them to every printed total.",
    columns: factColumns,
  },
  projectChanges: {
    id: "project-changes",
    titleZh: "项目支出上年对比",
    titleEn: "Projects: this year against last year",
    description: "Each project sheet's 项目本年度金额 against its 项目上年度金额: the change in 万元 (exact) and in percent of last year's amount.",
    columns: projectChangeColumns,
  },
  source: {
    id: "source",
    titleZh: "原文逐行",
    titleEn: "The source document, line by line",
    description:
      "Every line of the source document with its number and its role (title, header, data row, field, indicator, blank …): the table and rows it became, and the corrections applied to it. Any published figure can be checked against its line. Personal mobile numbers are masked here as everywhere.",
    columns: [
      ...provenanceColumns,
      { name: "role", label: "行的作用", type: "string", enum: Object.keys(LINE_ROLE_LABELS), valueLabels: LINE_ROLE_LABELS, description: "What the line is: title, unit-line, year-line, note, header, column-numbers, row (a row of a table), field (of a project sheet or the 整体绩效目标表), heading, indicator-header, indicator, signature, removed (a line a repair or correction removed), blank." },
      { name: "section", label: "所在表", type: "string", nullable: true, description: "Title of the table or sheet the line stands in, as printed." },
      { name: "table", label: "读入的表", type: "code", nullable: true, description: "Id of the published table the line was read into, where it is one table." },
      { name: "row_ids", label: "读入的行", type: "string", nullable: true, description: "Ids of the rows the line became (comma-separated); a row of another table than `table` (the other side of a two-sided table) as table/id." },
      { name: "corrections", label: "修正", type: "string", nullable: true, description: "Kinds of the repairs and corrections applied to the line (comma-separated); the details are in the dataset's corrections." },
      text("text", "原文", "The line as printed, cells separated by a tab (personal mobile numbers masked)."),
    ],
  },
} satisfies Record<string, TableDef>;

export type TableKey = keyof typeof TABLES;
export const TABLE_LIST: TableDef[] = Object.values(TABLES);
