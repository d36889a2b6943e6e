/**
 * The interface's words: one term per thing on every Chinese page, and the words retired
 * from them (developer jargon, literal translations). A test crawls the Chinese pages and
 * requires none of the retired words and no English-only explanation.
 */

/** The one Chinese term for each thing the pages talk about (what a reader of budgets says). */
export const INTERFACE_TERMS = {
  /** A reconciliation check, everywhere (not 勾稽校验, 勾稽核对, 校验). */
  check: "核对",
  /** The figure as the source table prints it (not 印刷数). */
  printed: "原表数",
  /** Value → count lists of the table page (not 分面). */
  facets: "筛选",
  /** The facts table: amounts none of which is part of another (not 预算事实). */
  facts: "可相加金额",
  /** A correction of the source. */
  correction: "更正",
  /** Where a dataset came from: the document's title, department and year, then its file. */
  source: "来源",
  /** The whole dataset as one workbook and as a zip. */
  downloadAll: "下载全部数据",
} as const;

/** Words no Chinese page may show. */
export const RETIRED_WORDS: readonly string[] = [
  "勾稽",
  "校验",
  "印刷数",
  "构建时",
  "分面",
  "预算事实",
  "整词",
  "噪声行",
  "页面印记",
  "字段中的标题",
  "表头中的数值",
  "收入缺少标签",
  "类款",
  "BOM",
  "Facets",
];
