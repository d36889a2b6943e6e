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
