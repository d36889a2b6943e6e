/**
 * The three-level indicator tables (一级 | 二级 | 三级 | 指标值 [| 说明]). Group labels are
 * merged cells: printed once and carried down. A cell a correction marks null is a level
 * the source does not print, and is not carried.
 */
import { BuildError } from "../errors";
import type { Cell, SourceRow } from "../source-rows";
import { parseTarget, type Target } from "./target";

export interface Indicator extends Target {
  line: number;
  level1: string | null;
  level2: string | null;
  level3: string;
  description: string | null;
}

/** One row of an indicator table with the levels it sits under (an empty slot has no name). */
export interface LevelRow {
  line: number;
  level1: string | null;
  level2: string | null;
  named: boolean;
  /** Whether the row prints its 二级 label (a merged cell prints it once per group). */
  printsLevel2: boolean;
}

export function readIndicators(file: string, rows: SourceRow[], withDescription: boolean): { indicators: Indicator[]; levels: LevelRow[] } {
  const out: Indicator[] = [];
  const levels: LevelRow[] = [];
  let level1: string | null = null;
  let level2: string | null = null;
  const width = withDescription ? 5 : 4;
  for (const row of rows) {
    if (row.cells.length > width) {
      throw new BuildError(file, row.line, "column-shift", `indicator row has ${row.cells.length} cells, the table has ${width}`);
    }
    const [c1, c2, c3, c4, c5] = row.cells as (Cell | undefined)[];
    if (c1 === null) level1 = null;
    else if (c1) {
      level1 = c1;
      level2 = null;
    }
    if (c2 === null) level2 = null;
    else if (c2) level2 = c2;
    const name = c3 ?? "";
    const target = c4 ?? "";
    levels.push({ line: row.line, level1, level2, named: !!name, printsLevel2: !!c2 });
    if (!name) {
      if (target) throw new BuildError(file, row.line, "column-shift", `target "${target}" without an indicator name`);
      continue; // an empty slot of the template: only its labels carry on
    }
    out.push({ line: row.line, level1, level2, level3: name, description: withDescription ? c5 || null : null, ...parseTarget(target) });
  }
  return { indicators: out, levels };
}

/** The published columns every indicator table shares (levels and target). */
export function indicatorColumns(ind: Indicator) {
  const { level1, level2, level3, target, target_operator, target_value, target_unit } = ind;
  return { level1, level2, level3, target, target_operator, target_value, target_unit };
}
