/**
 * Which printed amounts some check covers. An amount no identity covers is either a gap
 * in the checks or a figure the document states only once; the latter are listed here,
 * by table and column, with the reason, and anything else fails the build.
 */
import { BuildError } from "../errors";
import type { ParsedTable } from "../model";
import type { InternalCheck } from "./checker";

const STATED_ONCE: Record<string, string> = {
  "projects.total_amount": "项目总金额 (the project's total over all its years) is printed only on its project sheet; no other figure of the document sums or repeats it.",
  "projects.last_year_total_amount": "上年度项目总金额 is last year's figure, printed only on the project sheet; this year's tables do not contain it.",
  "projects.last_year_amount": "项目上年度金额 is last year's figure, printed only on the project sheet; this year's tables do not contain it.",
};

export interface Coverage {
  amounts: number;
  covered: number;
  stated_once: { id: string; line: number; reason: string }[];
}

export function amountCoverage(file: string, lines: ParsedTable, checks: InternalCheck[]): Coverage {
  const covered = new Set(checks.flatMap((c) => c.refs.map((r) => `${r.table}.${r.row?.id}.${r.column}`)));
  const statedOnce: Coverage["stated_once"] = [];
  for (const l of lines.rows) {
    if (covered.has(String(l.id))) continue;
    const reason = STATED_ONCE[`${l.table}.${l.measure}`];
    if (!reason) throw new BuildError(file, l.source_line, "uncovered-amount", `the amount ${l.id} (${l.amount}) is in no check: add the identity that covers it`);
    statedOnce.push({ id: String(l.id), line: l.source_line, reason });
  }
  return { amounts: lines.rows.length, covered: lines.rows.length - statedOnce.length, stated_once: statedOnce };
}
