/**
 * Which part of each general-budget cell is 财政拨款. The document prints that split by 类
 * (财政拨款收支总体情况表) and by kind of spending (部门收支总体情况表), never by 项, so a
 * cell's split is known only where those sums force it: a 类 or kind whose general budget is
 * all appropriation, or the one cell of a 类 or kind still unknown. Everything else stays null.
 */
import { TABLES } from "../../../src/schema/tables";
import { cents, type ParsedTable, type Row, type Value } from "../model";

export interface Cell {
  id: string;
  base: Record<string, Value> & { source_line: number };
  classCode: string;
  measure: string;
  /** The general-budget part of the cell, in cents. */
  amount: number;
}

interface Constraint {
  cells: Cell[];
  /** The non-appropriation part of the general budget over these cells. */
  other: number;
}

export function splitAppropriation(cells: Cell[], tables: Map<string, ParsedTable>, kindRows: Map<string, Row | undefined>): Row[] {
  const fiscal = tables.get(TABLES.fiscalExpenditure.id)!;
  const constraints: Constraint[] = [];
  const add = (row: Row | undefined, members: Cell[]) => {
    const gb = cents(row, "general_budget");
    const ap = cents(row, "general_budget_appropriation");
    if (gb !== null && ap !== null && members.length) constraints.push({ cells: members, other: gb - ap });
  };
  for (const row of fiscal.rows.filter((r) => r.row_kind === "item")) add(row, cells.filter((c) => c.classCode === row.class_code));
  // The summary's rows: 支出合计, 基本支出, 项目支出 and each kind (keyed by the coded column they detail).
  const inColumn = (column: string) => (c: Cell) => column === "total" || c.measure === column || `${c.base.spending}_total` === column;
  for (const [column, row] of kindRows) add(row, cells.filter(inColumn(column)));

  const other = new Map<Cell, number>();
  const settle = (c: Cell, x: number) => {
    if (x < 0 || x > c.amount) return false;
    other.set(c, x);
    return true;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const k of constraints) {
      const unknown = k.cells.filter((c) => !other.has(c));
      if (!unknown.length) continue;
      const left = k.other - k.cells.reduce((s, c) => s + (other.get(c) ?? 0), 0);
      const room = unknown.reduce((s, c) => s + c.amount, 0);
      if (left === 0) unknown.forEach((c) => (changed = settle(c, 0) || changed));
      else if (left === room) unknown.forEach((c) => (changed = settle(c, c.amount) || changed));
      else if (unknown.length === 1) changed = settle(unknown[0]!, left) || changed;
    }
  }

  const out: Row[] = [];
  for (const c of cells) {
    const x = other.get(c);
    const fact = (suffix: string, appropriation: string | null, amount: number) =>
      out.push({ ...c.base, id: `${c.id}.general_budget${suffix}`, fund: "general_budget", appropriation, amount });
    if (x === undefined) fact("", null, c.amount);
    else {
      if (c.amount - x) fact(x ? ".appropriation" : "", "yes", c.amount - x);
      if (x) fact(c.amount - x ? ".other" : "", "no", x);
    }
  }
  return out;
}
