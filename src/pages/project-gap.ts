/**
 * Why 项目支出 and the sum of the project sheets differ: the expenditure side's project total
 * (the facts of spending "project"), the projects' amounts for the year, and the revenue side's
 * carry-over (部门结转, fund "carryover"). All read from the data, labels from the schema's
 * valueLabels, so the sentence holds for any dataset of the template or says it does not.
 */
import type { TableData } from "../data/store";
import { valueLabel } from "../schema/columns";
import { sumCents } from "../lib/money";

export interface ProjectGap {
  /** 项目支出, as the facts' spending column names "project". */
  projectLabel: string;
  projectCents: number;
  /** Number of project sheets and the sum of their amounts for the year. */
  count: number;
  projectsCents: number;
  /** 部门结转, as the facts' fund column names "carryover"; null cents when the revenue side has none. */
  carryoverLabel: string;
  carryoverCents: number | null;
}

/** The figures, or null when the dataset has no facts or no project sheets to compare. */
export function projectGapOf(facts: TableData | undefined, projects: TableData | undefined): ProjectGap | null {
  const spending = facts?.columns.find((c) => c.name === "spending");
  const fund = facts?.columns.find((c) => c.name === "fund");
  if (!facts || !spending || !fund || !projects || projects.rows.length === 0) return null;
  const project = facts.rows.filter((r) => r.direction === "expenditure" && r.spending === "project");
  if (project.length === 0) return null;
  const carried = facts.rows.filter((r) => r.direction === "revenue" && r.fund === "carryover");
  return {
    projectLabel: valueLabel(spending, "project"),
    projectCents: sumCents(project.map((r) => r.amount as number | null)),
    count: projects.rows.length,
    projectsCents: sumCents(projects.rows.map((r) => r.current_year_amount as number | null)),
    carryoverLabel: valueLabel(fund, "carryover"),
    carryoverCents: carried.length ? sumCents(carried.map((r) => r.amount as number | null)) : null,
  };
}

/** Whether the difference is exactly the carry-over (the case the page explains). */
export function explainedByCarryover(gap: ProjectGap): boolean {
  const diff = gap.projectCents - gap.projectsCents;
  return diff !== 0 && gap.carryoverCents === diff;
}
