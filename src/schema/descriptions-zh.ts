/**
 * The Chinese descriptions of the tables and their columns, beside the English ones of
 * tables.ts (kept apart so that file stays the one the build edits; a test requires a
 * Chinese description for every table and every column). Written for a reader of the
 * documents, not translated word for word. Amount columns need no entry: their Chinese is
 * made from their printed label (amountDescriptionZh); an entry overrides it.
 */
import type { ColumnDef } from "./columns";

export const TABLE_DESCRIPTIONS_ZH: Readonly<Record<string, string>> = {
  "summary-revenue": "部门收支总体情况表的收入部分：各项收入及合计。",
  "summary-expenditure": "部门收支总体情况表的支出部分：基本支出、项目支出及其明细，按资金来源分栏。",
  "revenue-overview": "部门收入按支出功能分类科目（类/款/项）和资金来源分列；原表表头印了哪些栏就发布哪些栏，其余为空。",
  "department-expenditure": "部门全部支出，按支出功能分类科目逐行列出，分为基本支出和项目支出。",
  "fiscal-summary-revenue": "财政拨款收支总体情况表的收入部分。",
  "fiscal-summary-expenditure": "财政拨款收支总体情况表的支出部分，每个功能分类的“类”一行。",
  "general-budget-expenditure": "与部门支出总体情况表相同的栏目，只含一般公共预算的支出。",
  "economic-classification-summary": "部门全部支出按支出经济分类（类和款）列出，按原表表头分栏（基本支出 / 项目支出、人员经费 / 公用经费，或资金来源）；原表没印的栏为空。",
  "general-budget-basic-expenditure": "一般公共预算的基本支出按支出经济分类（类和款）列出，分为人员经费和公用经费。",
  "three-public-expenses": "因公出国（境）费、公务用车购置及运行费、公务接待费的预算。",
  "government-fund-expenditure": "与部门支出总体情况表相同的栏目，只含政府性基金预算的支出。",
  "performance-goals": "部门整体绩效目标表中的年度履职目标和预算安排。",
  "performance-tasks": "部门整体绩效目标表中列出的年度主要任务。",
  "performance-indicators": "部门整体绩效目标表中的三级绩效指标。",
  projects: "每张项目支出绩效目标表一行：项目名称、金额、用途、负责人和各项说明。",
  "project-indicators": "全部项目支出绩效目标表中的三级绩效指标。",
  "budget-lines": "原文中印出的每一个金额各占一行，便于跨表筛选和汇总；合计、小计行重复了其他行之和，相加前请按“行类型”筛选。",
  classifications: "本文件用到的支出功能分类科目，附财政部科目表中的正式名称和文中印的名称。",
  facts: "互不包含的金额：支出按每个“项”科目和每种支出（工资福利支出、公用经费、对个人和家庭的补助、一般性项目、专项资金）分列，能确定资金来源的再按来源分列；收入按部门收支总体情况表的每项来源分列。任何几行都可以直接相加而不会重复计算，每个原表合计都有核对与之对应。",
  "project-changes": "每个项目的本年度金额与上年度金额对比：增减额（万元，精确值）和增减百分比。",
  source: "原文的每一行：行号、这一行的作用（表题、表头、数据行、字段、指标、空行……）、读入了哪张表的哪些行、做过哪些修正，以及原文（个人手机号已隐去中间四位）。任何一个金额都能对回原文的那一行。",
};

/** By column name (the same name means the same thing in every table), or `table.column` where a table differs. */
export const COLUMN_DESCRIPTIONS_ZH: Readonly<Record<string, string>> = {
  id: "表内稳定不变的行编号。",
  source_file: "这一行取自哪个原文文件。",
  source_line: "这一行在原文文件中的行号（从 1 起）。",
  row_kind: "这一行的类型：明细、小计、合计等。",
  item: "原文印的项目名称。",
  parent_id: "这一行所属上级行的编号。",
  code: "7 位支出功能分类科目编码（类+款+项）。",
  class_code: "科目编码的“类”：前 3 位。",
  section_code: "科目编码的“款”，写成 5 位（类+款）。",
  section_part: "原文“款”一栏印的 2 位数字。",
  item_part: "原文“项”一栏印的 2 位数字。",
  unit_code: "原文印的预算单位编码。",
  name: "原文印的单位或科目名称。",
  class_name: "财政部科目表中该“类”的正式名称。",
  section_name: "财政部科目表中该“款”的正式名称。",
  group: "原文印的收入类别（合并单元格，向下沿用）。",
  department: "原文印的部门（单位）名称。",
  annual_goal: "年度目标。",
  task: "任务名称。",
  content: "任务的主要内容。",
  level1: "一级指标，如产出指标、效益指标。",
  level2: "二级指标，如数量指标、质量指标；原文没有印时为空。",
  level3: "三级指标，即具体的指标。",
  target: "原文印的指标值，如“≥95%”。",
  target_operator: "指标值数字前的比较符号（如有）。",
  target_value: "从指标值中读出的数字（能读出时）。",
  target_unit: "指标值数字后的单位（%、万元、家等）。",
  description: "指标值的说明。",
  unit_name: "预算单位名称，取自项目表标题。",
  fund_type: "项目表标题括号中的经费类型（行政、全供等）。",
  purpose: "资金用途。",
  leaders: "原文印的项目负责人。",
  contacts: "原文印的联系人。",
  phone: "办公电话；个人手机号已部分遮盖。",
  start_date: "项目开始日期。",
  end_date: "项目结束日期。",
  overview: "项目概况。",
  basis: "立项依据（法规或政策）。",
  necessity: "为什么要设立这个项目。",
  measures: "项目配套的制度和措施。",
  plan: "项目实施计划。",
  remarks: "备注。",
  overall_goal: "项目总目标。",
  project_id: "所属项目的编号（项目表中的编号）。",
  project_name: "项目名称。",
  "projects.name": "项目名称。",
  "project-indicators.name": "项目名称。",
  "performance-goals.annual_goal": "部门的年度履职目标。",
  "projects.annual_goal": "项目的年度绩效目标。",
  "summary-revenue.item": "原文印的收入项目。",
  "summary-expenditure.item": "原文印的支出项目。",
  "fiscal-summary-revenue.item": "原文印的收入项目。",
  "fiscal-summary-expenditure.item": "原文印的“类”，如“五、教育”。",
  "fiscal-summary-expenditure.class_code": "3 位“类”编码（200 加上原文的序号）。",
  "fiscal-summary-expenditure.class_name": "财政部科目表中该“类”的正式名称（表中有时）。",
  "projects.unit_code": "预算单位编码。",
  "budget-lines.table": "金额所在的表（表编号）。",
  "budget-lines.row_id": "金额在该表中的行编号。",
  "budget-lines.row_kind": "该行的行类型（明细、合计等），表中有此分类时。",
  "budget-lines.item": "该行的名称（项目、科目或项目名称）。",
  measure: "金额在原表中所在的栏（英文列名）。",
  measure_label: "该栏的中文名称。",
  fund: "金额的资金来源（一般公共预算、政府性基金、国有资本经营预算等），原表能确定时。",
  "budget-lines.code": "该行的功能分类科目编码（7 位“项”或 3 位“类”），有编码时。",
  "budget-lines.class_code": "该行科目的 3 位“类”编码。",
  "budget-lines.section_code": "该行科目的 5 位“款”编码（类+款）。",
  period: "本年：本年度预算；上年：原文为便于比较印出的上年度数字。",
  "budget-lines.basis": "这个金额与可相加金额表（facts）的关系：可相加金额（就是该表中的一行，见可相加金额编号）；由可相加金额得出（若干行之和，见推导核对）；另一种拆分（另一种拆分方式的一部分，已核对，但不能与可相加金额相加）；单列（只印一次，没有可核对的关系）。",
  fact_id: "这个金额在可相加金额表中的编号（依据为“可相加金额”时）。",
  derived_by: "证明这个金额等于若干可相加金额之和的核对编号。",
  total_of: "这个金额作为合计出现的核对编号（逗号分隔）：它重复了其他几行之和。",
  part_of: "这个金额作为组成部分出现的核对编号（逗号分隔）。",
  same_as: "同一个数字印在另一张表中的核对编号（逗号分隔）。",
  of_which: "“其中”金额所属的那一行的编号。",
  "classifications.code": "科目编码（3、5 或 7 位）。",
  level: "级次：类、款或项。",
  "classifications.name": "财政部科目表中的正式名称。",
  name_in_document: "文中印的名称（文中有印时）。",
  parent: "上级科目编码。",
  direction: "支出或收入：同一笔钱的两面，不能相加。",
  "facts.table": "金额取自哪张表。",
  "facts.row_id": "金额在原表中的行编号。",
  "facts.measure": "金额在原表中的栏（工资福利支出等，收入为“金额”）。",
  "facts.code": "支出明细的 7 位功能分类（项）编码。",
  code_name: "“项”的正式名称（科目表中有时），否则为文中印的名称。",
  "facts.class_code": "3 位“类”编码。",
  "facts.class_name": "“类”的正式名称。",
  "facts.section_code": "5 位“款”编码（类+款）。",
  "facts.section_name": "“款”的正式名称。",
  spending: "基本支出或项目支出；收入为空。",
  economic_kind: "支出种类：工资福利支出、公用经费、对个人和家庭的补助（基本支出）；一般性项目、专项资金（项目支出）；收入为空。",
  economic_kind_label: "原表表头印的支出种类名称。",
  revenue_source: "原文印的收入项目（一般公共预算收入、上级预拨、部门结转等）；支出为空。",
  "facts.unit_name": "预算单位名称，取自部门支出总体情况表的单位行；原文不分单位时为空。",
  "facts.economic_class": "支出经济分类的“类”（3 位），仅在原文能确定时填写：工资福利支出为 301，对个人和家庭的补助为 303；公用经费或项目支出只有原文的经济分类表只列一个类时才填写，否则为空，从不猜测。",
  "facts.economic_class_name": "该经济分类“类”的正式名称。",
  "budget-lines.economic_code": "经济分类表中这一行的经济分类编码（3 位类或 5 位款）。",
  "budget-lines.economic_class": "该经济分类编码的“类”（前 3 位）。",
  official_name: "该经济分类编码在财政部经济分类科目表（seeds/economic-classification.csv）中的正式名称。",
  "source.role": "这一行的作用：表题、单位行、年度行、注释、表头、栏次、数据行、字段、小标题、指标表头、指标行、落款、已删除（修复规则或人工更正删去的行）、空行。",
  "source.section": "这一行所在的表或项目表的标题（原文所印）。",
  "source.table": "这一行读入的发布表编号（只读入一张表时）。",
  "source.row_ids": "这一行变成的那些行的编号，用逗号分隔；两栏式的收支表中另一侧的行写成“表编号/行编号”。",
  "source.corrections": "这一行做过的修复或更正的类型，用逗号分隔；详情见数据集的更正记录。",
  "source.text": "原文这一行的文字，各栏之间以制表符分隔（个人手机号已隐去中间四位）。",
  "facts.fund": "原文能确定时的资金来源：一般公共预算、政府性基金、部门结转、国有资本经营预算等；原文没有说明时为空。",
  appropriation: "在一般公共预算中是否属于财政拨款（是／否，如上级预拨为否）；原文只按类和支出种类列出、到“项”无法确定时为空。",
  change_percent: "增减额占上年度金额的百分比，按分精确计算，四舍五入到两位小数；上年度金额为 0 或空白时为空。",
  "project-changes.change_amount": "本年度金额减去上年度金额，精确值（万元）。",
  "projects.current_year_amount": "项目本年度金额（万元）。",
  "projects.last_year_amount": "项目上年度金额（万元）；原表空白处为空值，不是 0。",
  "summary-expenditure.general_budget_appropriation": "其中：财政拨款（万元）。原文 PDF 丢了这个表头，按表格模板补上。",
};

/** An amount column's Chinese: its printed label, the unit, and what a blank is. */
export function amountDescriptionZh(column: Pick<ColumnDef, "label">): string {
  return `${column.label.replace(/\s+/g, "")}（万元）。原表空白处为空值，不是 0。`;
}

/** The Chinese description of a column of a table. */
export function columnDescriptionZh(table: string, column: Pick<ColumnDef, "name" | "label" | "type">): string | undefined {
  return COLUMN_DESCRIPTIONS_ZH[`${table}.${column.name}`] ?? (column.type === "amount" ? amountDescriptionZh(column) : COLUMN_DESCRIPTIONS_ZH[column.name]);
}

/** The build's own notes on tables (written in English) in Chinese; a note printed by the source is Chinese already. */
const TABLE_NOTES_ZH: Readonly<Record<string, string>> = {
  "budget-lines": "原文印出的每一个金额。行类型为合计、小计、分组、单位的行重复了其他行之和，跨行相加前请先按“行类型”筛选。",
  classifications: "正式名称取自财政部的支出功能分类科目表。",
  facts: "互不包含的金额：任意几行都可以相加。支出和收入是同一笔钱的两面，相加前请先按“收支”筛选。",
  "project-changes": "由各项目表的项目本年度金额和项目上年度金额计算；增减百分比保留两位小数，上年度金额为 0 时为空。",
};

const EMPTY_TABLE_NOTE = "The source prints the title and no rows.";

/** A table's note for a Chinese page: the source's own (Chinese) note as printed, the build's notes in Chinese. */
export function tableNoteZh(table: string, note: string | null): string | null {
  if (note === null) return null;
  if (note === EMPTY_TABLE_NOTE) return "原文只印了表名，没有数据行。";
  return /[\u4e00-\u9fff]{6}/.test(note) && !TABLE_NOTES_ZH[table] ? note : (TABLE_NOTES_ZH[table] ?? note);
}
