/** Words of the template in both languages: check and correction kinds, dataset kinds, project fields. */

export interface Bilingual {
  zh: string;
  en: string;
}

export const CHECK_KINDS: Record<string, Bilingual> = {
  "row-sum": { zh: "行内相加", en: "rows add across" },
  "column-sum": { zh: "列内相加", en: "columns add down" },
  partition: { zh: "分组等于部分之和", en: "groups equal their parts" },
  "cross-table": { zh: "跨表一致", en: "same figure in two tables" },
  rollup: { zh: "科目汇总", en: "classification roll-ups" },
  structure: { zh: "结构核对", en: "structure of the template" },
  facts: { zh: "事实合计等于印刷数", en: "facts add up to printed figures" },
};

export const CORRECTION_KINDS: Record<string, Bilingual> = {
  "misplaced-label": { zh: "标签错位", en: "misplaced label" },
  "missing-label": { zh: "缺少标签", en: "missing label" },
  "column-shift": { zh: "列错位", en: "column shift" },
  "ocr-slip": { zh: "识别错误", en: "OCR slip" },
  noise: { zh: "噪声", en: "noise" },
  "masked-personal-data": { zh: "个人信息遮盖", en: "personal data masked" },
  "stray-value": { zh: "多余数值", en: "stray value" },
  // Repair rules of the build (scripts/pipeline/repair/registry.ts).
  "cjk-radical": { zh: "部首字符", en: "radical code point" },
  "noise-line": { zh: "噪声行", en: "noise line" },
  "personal-mobile": { zh: "手机号遮盖", en: "mobile number masked" },
  "template-word": { zh: "模板用词识别错误", en: "OCR slip of a template word" },
  "header-number": { zh: "表头中的数值", en: "number in a header row" },
  "heading-in-field": { zh: "字段中的标题", en: "heading inside a field" },
  "page-stamp": { zh: "页面印记", en: "page stamp" },
  "label-drift": { zh: "合并单元格标签错位", en: "merged-cell label drift" },
  "unlabelled-revenue": { zh: "收入缺少标签", en: "unlabelled revenue" },
};

export const CORRECTION_SOURCES: Record<string, Bilingual> = {
  manual: { zh: "人工更正", en: "manual correction" },
  rule: { zh: "规则修复", en: "repair rule" },
};

export const DATASET_KINDS: Record<string, Bilingual> = {
  budget: { zh: "预算", en: "budget" },
  "final-accounts": { zh: "决算", en: "final accounts" },
};

/** English names of the projects table's columns (the Chinese label comes from the schema). */
export const PROJECT_FIELDS_EN: Record<string, string> = {
  unit_name: "Budget unit",
  unit_code: "Unit code",
  fund_type: "Funding type",
  purpose: "Use of funds",
  leaders: "Responsible",
  contacts: "Contacts",
  phone: "Telephone",
  start_date: "Start",
  end_date: "End",
  total_amount: "Project total",
  current_year_amount: "This year",
  last_year_total_amount: "Last year's project total",
  last_year_amount: "Last year",
  overview: "Overview",
  basis: "Basis",
  necessity: "Why it is needed",
  measures: "Supporting measures",
  plan: "Implementation plan",
  remarks: "Remarks",
  overall_goal: "Overall goal",
  annual_goal: "Goal for the year",
  level1: "Level 1",
  level2: "Level 2",
  level3: "Indicator",
  target: "Target",
};

/** A kind's words, or the kind itself for a kind this Worker does not know. */
export function kindLabel(map: Record<string, Bilingual>, kind: string): Bilingual {
  return map[kind] ?? { zh: kind, en: kind };
}
