/** The build's in-memory tables: rows keyed by column name, amounts held as integer cents. */
import type { TableDef } from "../../src/schema/tables";
import type { LineMap } from "./line-map";

export type Value = string | number | null;
export type Row = Record<string, Value> & { id: string; source_line: number };

export interface ParsedTable {
  def: TableDef;
  rows: Row[];
  /** The source's own note on the table (注/说明), or why it has no rows. */
  note: string | null;
  sourceTitle: string | null;
  lines: [number, number] | null;
}

export interface Context {
  file: string;
  /** The role of every line, claimed by the readers as they read. */
  lines: LineMap;
}

/** Amount of a row's column in cents (null when blank). */
export function cents(row: Row | undefined, column: string): number | null {
  if (!row) return null;
  const v = row[column];
  return typeof v === "number" ? v : null;
}

/**
 * Lines of fields read from a line other than the row's own (a project sheet spreads one
 * row over many lines), so checks and budget lines point at the exact line of a figure.
 */
const fieldLines = new WeakMap<Row, Record<string, number>>();

export function setFieldLine(row: Row, column: string, line: number): void {
  fieldLines.set(row, { ...fieldLines.get(row), [column]: line });
}

export function lineOf(row: Row, column: string): number {
  return fieldLines.get(row)?.[column] ?? row.source_line;
}
