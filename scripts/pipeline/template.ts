/**
 * The template's closed vocabulary: what every disclosure of this template prints the same
 * way (河南 uses one template province-wide). Rules match OCR slips against these words, and
 * the parsers read the tables by them. The indicator labels are data (seeds/indicator-framework.csv).
 */

/** Budget tables by title (after the year), in the order the template prints them. */
export const BUDGET_TABLE_TITLES = [
  "部门收支总体情况表",
  "部门收入总体情况表",
  "部门支出总体情况表",
  "财政拨款收支总体情况表",
  "一般公共预算支出情况表",
  "支出经济分类汇总表",
  "一般公共预算基本支出情况表",
  "一般公共预算“三公”经费支出情况表",
  "政府性基金预算支出情况表",
] as const;

/** How the two kinds of sheet title end; what comes before is the department (and fund type). */
export const GOALS_TITLE_SUFFIX = "整体绩效目标表";
export const PROJECT_TITLE_SUFFIX = "支出项目绩效目标表";

export type FieldKind = "string" | "code" | "amount" | "date" | "text";

/** The fields of a project sheet: printed label → published column and how its value reads. */
export const PROJECT_FIELDS: Record<string, [string, FieldKind]> = {
  项目名称: ["name", "string"],
  单位编码: ["unit_code", "code"],
  资金用途: ["purpose", "string"],
  项目负责人: ["leaders", "string"],
  联系人: ["contacts", "string"],
  联系电话: ["phone", "string"],
  开始时间: ["start_date", "date"],
  结束时间: ["end_date", "date"],
  项目总金额: ["total_amount", "amount"],
  项目本年度金额: ["current_year_amount", "amount"],
  上年度项目总金额: ["last_year_total_amount", "amount"],
  项目上年度金额: ["last_year_amount", "amount"],
  项目概况: ["overview", "text"],
  立项依据: ["basis", "text"],
  项目设立的必要性: ["necessity", "text"],
  项目配套制度措施: ["measures", "text"],
  项目实施计划: ["plan", "text"],
  备注: ["remarks", "text"],
  项目总目标: ["overall_goal", "text"],
  年度绩效目标: ["annual_goal", "text"],
};

/** Headings printed between the fields of a project sheet; they carry no value. */
export const SHEET_HEADINGS = ["项目详细信息", "项目绩效目标"] as const;

/** The header row that opens an indicator table, and the signature row that closes a project sheet's. */
export const INDICATOR_HEADER = "一级指标";
export const SIGNATURE_ROW = /^预算单位[（(]盖章[）)]/;

/** Header words of the sources of funds (部门收入总体情况表, 支出经济分类汇总表) → published column. */
export const SOURCE_WORDS: Record<string, string> = {
  一般公共预算: "general_budget",
  一般公共预算收入: "general_budget",
  一般公共预算拨款: "general_budget",
  财政拨款: "general_budget",
  上级预拨: "superior_advance",
  政府性基金: "government_fund",
  政府性基金收入: "government_fund",
  政府性基金预算: "government_fund",
  "上年结余(结转)": "prior_year_balance",
  专户管理的教育收费: "education_fees",
  "专户管理的教育收费结余(结转)": "education_fees_carryover",
  国有资本经营预算: "state_capital",
  国有资本经营预算收入: "state_capital",
  事业收入: "institution_revenue",
  经营收入: "business_revenue",
  事业基金: "institution_fund",
  其他收入: "other_revenue",
  部门结转: "carryover",
  上年结转: "carryover",
  用事业单位基金弥补收支差额: "institution_fund_offset",
};

const TOTAL_WORDS = { 总计: "total", 合计: "total" };

/** Key columns of a table keyed by functional classification. */
const FUNCTIONAL_KEYS = {
  科目编码: "code",
  功能分类科目编码: "code",
  类: "class",
  款: "section",
  项: "item",
  单位代码: "unit_code",
  单位编码: "unit_code",
  "单位(科目名称)": "name",
  科目名称: "name",
  功能分类科目名称: "name",
  单位名称: "name",
};

/** Key columns of a table keyed by economic classification (类 | 款, or one code column). */
const ECONOMIC_KEYS = {
  科目编码: "code",
  经济分类科目编码: "code",
  部门预算经济分类科目编码: "code",
  类: "class",
  款: "section",
  单位代码: "unit_code",
  单位编码: "unit_code",
  科目名称: "name",
  经济分类科目名称: "name",
  "单位(科目名称)": "name",
  单位名称: "name",
};

/** The kinds of spending of the functional expenditure tables. */
const SPENDING_WORDS = {
  基本支出: "basic_total",
  工资福利支出: "basic_salaries",
  公用经费: "basic_operating",
  对个人和家庭的补助: "basic_individuals",
  对个人和家庭的补助支出: "basic_individuals",
  项目支出: "project_total",
  一般性项目: "project_general",
  专项资金: "project_special",
};

export type Classification = "functional" | "economic";

/** How each coded table of the template reads: its classification and the words of its header. */
export const CODED_TABLE_VOCABULARY: Record<string, { classification: Classification; keys: Record<string, string>; amounts: Record<string, string> }> = {
  部门收入总体情况表: { classification: "functional", keys: FUNCTIONAL_KEYS, amounts: { ...TOTAL_WORDS, 收入总计: "total", ...SOURCE_WORDS } },
  部门支出总体情况表: { classification: "functional", keys: FUNCTIONAL_KEYS, amounts: { ...TOTAL_WORDS, ...SPENDING_WORDS } },
  一般公共预算支出情况表: { classification: "functional", keys: FUNCTIONAL_KEYS, amounts: { ...TOTAL_WORDS, ...SPENDING_WORDS } },
  政府性基金预算支出情况表: { classification: "functional", keys: FUNCTIONAL_KEYS, amounts: { ...TOTAL_WORDS, ...SPENDING_WORDS } },
  一般公共预算基本支出情况表: { classification: "economic", keys: ECONOMIC_KEYS, amounts: { ...TOTAL_WORDS, 人员经费: "personnel", 公用经费: "operating" } },
  支出经济分类汇总表: {
    classification: "economic",
    keys: ECONOMIC_KEYS,
    amounts: { ...TOTAL_WORDS, 基本支出: "basic_total", 人员经费: "personnel", 公用经费: "operating", 项目支出: "project_total", ...SOURCE_WORDS },
  },
};

/** Words that only group other header columns. */
export const HEADER_GROUP_WORDS = ["本年收入", "本年支出", "资金来源", "支出"] as const;

/** The header words of 财政拨款收支总体情况表 (revenue | amount beside expenditure by 类). */
export const FISCAL_HEADER_WORDS = ["收入", "支出", "项目", "金额", "合计", "本年支出小计", "一般公共预算", "其中：财政拨款", "国有资本经营预算"] as const;

/**
 * The numbered lines of 部门收支总体情况表's 二、项目支出 (1、商品和服务类专项支出 …): project
 * spending by economic class. Matched on the text after the number, spaces removed.
 */
const PROJECT_ECONOMIC_LINES: [RegExp, string][] = [
  [/^商品和服务/, "302"],
  [/^对个人和家庭的补助/, "303"],
  [/^债务利息/, "307"],
  [/^资本性支出[（(]基本建设[）)]/, "309"],
  [/^资本性支出/, "310"],
  [/^对企业补助[（(]基本建设[）)]/, "311"],
  [/^对企业补助/, "312"],
  [/^对社会保障基金补助/, "313"],
  [/^其他支出/, "399"],
];

/** The economic class (类) of a numbered 项目支出 line ("1、商品和服务类专项支出" → 302), or null. */
export function projectLineClass(item: string): string | null {
  const words = item.replace(/^\d+、\s*/, "").replace(/\s+/g, "");
  return PROJECT_ECONOMIC_LINES.find(([re]) => re.test(words))?.[1] ?? null;
}
