/**
 * Column vocabulary shared by the build, the API and the published descriptors.
 * A table is a list of columns; its zod row schema (row-schema.ts) is derived from them,
 * so a column is declared once and validated, served and documented from that one
 * declaration. No zod here: the Worker reads this module at startup.
 */

export type ColumnType =
  | "string" // short label printed in the document
  | "text" // long free text (HTML removed, paragraphs kept)
  | "code" // identifier that must stay text (leading zeros)
  | "amount" // money in 万元, at most two decimals, null when the cell is blank
  | "integer"
  | "number"
  | "date"; // ISO yyyy-mm-dd

export interface ColumnDef {
  name: string;
  /** Chinese label as printed in the source (or the template's label where the PDF lost it). */
  label: string;
  type: ColumnType;
  description: string;
  nullable?: boolean;
  /** Closed set of values, for columns such as row_kind. */
  enum?: readonly string[];
  /** Chinese words for coded values (row_kind, fund …): what the labelled CSV, the XLSX and the pages print. */
  valueLabels?: Readonly<Record<string, string>>;
}

/** Budget funds (资金来源) by code, as the template names them. */
export const FUND_LABELS: Readonly<Record<string, string>> = {
  general_budget: "一般公共预算",
  government_fund: "政府性基金",
  state_capital: "国有资本经营预算",
  education_fees: "专户管理的教育收费",
  education_fees_carryover: "专户管理的教育收费结余（结转）",
  institution_revenue: "事业收入",
  business_revenue: "经营收入",
  institution_fund: "事业基金",
  carryover: "部门结转",
  institution_fund_offset: "用事业单位基金弥补收支差额",
};

/** Row kinds of every table (a table uses some of them). */
export const ROW_KIND_LABELS: Readonly<Record<string, string>> = {
  total: "合计",
  subtotal: "小计",
  group: "分组",
  item: "明细",
  "sub-item": "子项",
  unit: "单位",
  department: "部门",
  class: "类",
  section: "款",
};

/** The label of a coded value, or the value itself where the column has none for it. */
export function valueLabel(column: ColumnDef, value: string): string {
  return column.valueLabels?.[value] ?? value;
}

export const UNIT = { label: "万元", factor: 10000, currency: "CNY" } as const;

/** Columns every row carries: a stable id and where in the seed it was read. */
export const provenanceColumns: ColumnDef[] = [
  { name: "id", label: "编号", type: "code", description: "Stable row id within the table." },
  { name: "source_file", label: "来源文件", type: "string", description: "Seed file the row was read from." },
  { name: "source_line", label: "来源行", type: "integer", description: "Line number in the seed file (1-based)." },
];

/** The role of a line of a seed document (the build gives every line exactly one), with its Chinese word. */
export const LINE_ROLE_LABELS = {
  blank: "空行",
  title: "表题",
  "unit-line": "单位行",
  "year-line": "年度行",
  note: "注释",
  header: "表头",
  "column-numbers": "栏次",
  row: "数据行",
  field: "字段",
  heading: "小标题",
  "indicator-header": "指标表头",
  indicator: "指标行",
  signature: "落款",
  removed: "已删除",
} as const;
export type LineRole = keyof typeof LINE_ROLE_LABELS;
