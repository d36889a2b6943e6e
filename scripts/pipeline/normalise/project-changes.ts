/**
 * Year over year for the project sheets, which print last year's amount beside this year's:
 * the change in cents (exact) and in percent of last year's amount, rounded half away from
 * zero to two decimals with integer arithmetic.
 */
import { TABLES } from "../../../src/schema/tables";
import { cents, lineOf, type ParsedTable, type Row } from "../model";

/** 100 × change / last, in hundredths of a percent, rounded half away from zero; null when last is 0. */
export function percentChange(change: number, last: number): number | null {
  if (last === 0) return null;
  const num = change * 10000;
  const sign = Math.sign(num) * Math.sign(last);
  const [a, b] = [Math.abs(num), Math.abs(last)];
  const hundredths = Math.floor(a / b) + (2 * (a % b) >= b ? 1 : 0);
  return (sign * hundredths) / 100;
}

export function projectChanges(file: string, projects: ParsedTable): ParsedTable {
  const rows: Row[] = projects.rows.map((p) => {
    const current = cents(p, "current_year_amount");
    const last = cents(p, "last_year_amount");
    const change = current === null || last === null ? null : current - last;
    return {
      id: p.id,
      source_file: file,
      source_line: lineOf(p, "last_year_amount"),
      project_id: p.id,
      name: p.name,
      current_year_amount: current,
      last_year_amount: last,
      change_amount: change,
      change_percent: change === null || last === null ? null : percentChange(change, last),
    };
  });
  return { def: TABLES.projectChanges, rows, note: "Derived from the project sheets' 项目本年度金额 and 项目上年度金额; change_percent is rounded to two decimals, null where last year's amount is 0.", sourceTitle: projects.sourceTitle, lines: projects.lines };
}
