/** Words of the template in both languages: check and correction kinds, dataset kinds, project fields. */

export interface Bilingual {
  zh: string;
  en: string;
}

export const CHECK_KINDS: Record<string, Bilingual> = {
  "row-sum": { zh: "各栏相加等于合计", en: "rows add across" },
  "column-sum": { zh: "各行相加等于合计", en: "columns add down" },
  partition: { zh: "分项之和等于总数", en: "groups equal their parts" },
  "cross-table": { zh: "同一数字在两张表中一致", en: "same figure in two tables" },
  rollup: { zh: "科目逐级汇总", en: "classification roll-ups" },
  structure: { zh: "绩效表格式", en: "structure of the template" },
  facts: { zh: "可相加金额与原表数一致", en: "facts add up to printed figures" },
};

export const CORRECTION_KINDS: Record<string, Bilingual> = {
  "misplaced-label": { zh: "名称印错了行", en: "misplaced label" },
  "missing-label": { zh: "漏印名称", en: "missing label" },
  "column-shift": { zh: "数字错栏", en: "column shift" },
  "ocr-slip": { zh: "文字识别错误", en: "OCR slip" },
  noise: { zh: "多余字符", en: "noise" },
  "masked-personal-data": { zh: "遮盖个人信息", en: "personal data masked" },
  "stray-value": { zh: "多出的数字", en: "stray value" },
  // Repair rules of the build (scripts/pipeline/repair/registry.ts).
  "cjk-radical": { zh: "部首字改为正常汉字", en: "radical code point" },
  "noise-line": { zh: "多余的分隔线", en: "noise line" },
  "personal-mobile": { zh: "遮盖个人手机号", en: "mobile number masked" },
  "template-word": { zh: "表格固定用语识别错误", en: "OCR slip of a template word" },
  "header-number": { zh: "表头里多出的数字", en: "number in a header row" },
  "heading-in-field": { zh: "空栏里混入的标题", en: "heading inside a field" },
  "page-stamp": { zh: "混入的页码或页眉", en: "page stamp" },
  "label-drift": { zh: "合并单元格的指标名称错行", en: "merged-cell label drift" },
  "unlabelled-revenue": { zh: "收入金额漏印名称", en: "unlabelled revenue" },
};

export const CORRECTION_SOURCES: Record<string, Bilingual> = {
  manual: { zh: "人工更正", en: "manual correction" },
  rule: { zh: "按规则自动修复", en: "repair rule" },
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
