/**
 * Which row of 部门收支总体情况表 each column of the coded tables stands for. The facts are
 * split by it, and the checks compare the two tables by it, so it sits in normalise/ where
 * the checks of reconcile/ can read it.
 */
import { BuildError } from "../errors";
import type { ParsedTable, Row } from "../model";
import { isNumberedItem } from "../parse/summary";

/**
 * The coded tables' eight columns are the summary's expenditure rows turned sideways:
 * 总计 = 支出合计, 基本支出 = the first group and its three parts, 项目支出 = the second
 * group and its two parts (the unnumbered ones; the numbered 1、… rows partition it otherwise).
 */
export function codedColumnRows(file: string, sumExp: ParsedTable): [string, Row | undefined][] {
  const [basic, project] = sumExp.rows.filter((r) => r.row_kind === "group");
  const parts = (g: Row | undefined) => sumExp.rows.filter((r) => g && r.parent_id === g.id && !isNumberedItem(r));
  const basicParts = parts(basic);
  const projectParts = parts(project);
  if (!basic || !project || basicParts.length !== 3 || projectParts.length !== 2) {
    throw new BuildError(file, sumExp.lines?.[0] ?? null, "unrecognised-layout", "部门收支总体情况表: expected 一、基本支出 with three parts and 二、项目支出 with two unnumbered parts");
  }
  return [
    ["total", sumExp.rows.find((r) => r.row_kind === "total")],
    ["basic_total", basic],
    ["basic_salaries", basicParts[0]],
    ["basic_operating", basicParts[1]],
    ["basic_individuals", basicParts[2]],
    ["project_total", project],
    ["project_general", projectParts[0]],
    ["project_special", projectParts[1]],
  ];
}
