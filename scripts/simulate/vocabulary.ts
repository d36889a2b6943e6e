/**
 * The template's closed vocabulary as the simulator uses it: the indicator framework (which
 * 二级 group belongs to which 一级 group), the field names of a project sheet, and the table of
 * plausible OCR misreadings drawn from to make slips. Words of the template, not of one document.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The framework as the build reads it: seeds/indicator-framework.csv. */
export function frameworkCsv(seedsDir: string): string {
  const inSeeds = join(seedsDir, "indicator-framework.csv");
  if (!existsSync(inSeeds)) throw new Error(`${inSeeds} is missing`);
  return inSeeds;
}

/** level2 → level1 of one kind of indicator table ("project": the project sheets, "department": the 整体绩效目标表). */
export function indicatorFramework(csvPath: string, table: "project" | "department"): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(csvPath, "utf8").split(/\r?\n/).slice(1)) {
    const [kind, level1, level2] = line.split(",");
    if (kind === table && level1 && level2) map.set(level2, level1);
  }
  return map;
}

export const projectFramework = (csvPath: string) => indicatorFramework(csvPath, "project");

/** Field names printed in column 1 of a project sheet (before its indicator table). */
export const PROJECT_FIELDS = [
  "项目名称", "单位编码", "项目负责人", "联系电话", "开始时间", "项目总金额", "上年度项目总金额",
  "项目概况", "立项依据", "项目设立的必要性", "项目配套制度措施", "项目实施计划", "备注", "项目总目标", "年度绩效目标",
] as const;

/** Fields whose value is a long text; a rule of dashes may fall between two of them. */
export const TEXT_FIELDS = ["项目概况", "立项依据", "项目设立的必要性", "项目配套制度措施", "项目实施计划", "备注", "项目总目标", "年度绩效目标"] as const;

/** The amount fields of a project sheet: the value cells after them are amounts. */
export const AMOUNT_FIELDS = ["项目总金额", "上年度项目总金额"] as const;

export const TABLE_TITLES = [
  "部门收支总体情况表", "部门收入总体情况表", "部门支出总体情况表", "财政拨款收支总体情况表", "一般公共预算支出情况表",
  "支出经济分类汇总表", "一般公共预算基本支出情况表", "一般公共预算“三公”经费支出情况表", "政府性基金预算支出情况表",
  "整体绩效目标表", "支出项目绩效目标表",
] as const;

export type SlipPlace = "level1" | "level2" | "field" | "title";

export interface Slip {
  place: SlipPlace;
  word: string;
  misreadings: string[];
}

/** Misreadings, each at edit distance ≤ 2 of its word (≤ 1 for short words) and nearer to it than to any other word of its place. */
export const SLIPS: Slip[] = [
  { place: "level1", word: "产出目标", misreadings: ["产出日标"] },
  { place: "level1", word: "效果目标", misreadings: ["效杲目标"] },
  // 影响办: a CJK look-alike of 力 (the katakana カ would be another script, not an OCR slip of this template).
  { place: "level1", word: "影响力目标", misreadings: ["影响办目标"] },
  { place: "level1", word: "投入与目标管理", misreadings: ["投人与目标管理"] },
  { place: "level2", word: "满意度", misreadings: ["满意虔"] },
  { place: "level2", word: "社会效益", misreadings: ["社会效盖"] },
  { place: "level2", word: "长效管理", misreadings: ["长效管埋"] },
  { place: "field", word: "项目负责人", misreadings: ["项目负责入"] },
  { place: "field", word: "联系电话", misreadings: ["联糸电话"] },
  { place: "field", word: "项目实施计划", misreadings: ["项目实施计刬"] },
  { place: "title", word: "部门支出总体情况表", misreadings: ["部门支出总体倩况表"] },
];

/**
 * Slips of the real seed that edit distance alone cannot decide: 厂办目标 and 项目目标 are at distance 2
 * of both 产出目标 and 效果目标, so only the row's 二级 group tells which 一级 label they are.
 * Off by default (option positionalSlips).
 */
export const POSITIONAL_SLIPS: Slip[] = [{ place: "level1", word: "产出目标", misreadings: ["厂办目标", "项目目标"] }];

/** The words a slip must be nearest to, by place. */
export function placeVocabulary(place: SlipPlace, framework: Map<string, string>): string[] {
  if (place === "level1") return [...new Set(framework.values())];
  if (place === "level2") return [...framework.keys()];
  if (place === "field") return [...PROJECT_FIELDS];
  return [...TABLE_TITLES];
}

/** Ideograph → the radical code point PDF text export prints for it. */
export const RADICALS: Record<string, string> = { 门: "\u2ED4", 车: "\u2ECB", 长: "\u2ED3", 见: "\u2EC5" };

/** Characters for page stamps: none occurs in a template word, so a stamp can never read as one. */
export const STAMP_CHARS = "山日立木水火石田禾川云雨风竹米";
