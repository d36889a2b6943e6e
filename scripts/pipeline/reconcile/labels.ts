/** Human wording of a figure for check descriptions: table title, row label, column label. */
import type { ParsedTable, Row } from "../model";

export function rowLabel(row: Row | undefined): string {
  if (!row) return "(missing row)";
  return String(row.item ?? row.name ?? row.id);
}

export function columnLabel(table: ParsedTable, column: string): string {
  return table.def.columns.find((c) => c.name === column)?.label ?? column;
}

export function amountColumns(table: ParsedTable): string[] {
  return table.def.columns.filter((c) => c.type === "amount").map((c) => c.name);
}
