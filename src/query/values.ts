/** Parses a filter value as the column's type: numbers as numbers, codes and text as strings. */
import type { ColumnDef } from "../schema/columns";
import type { FilterValue } from "./types";

const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ValueResult = { ok: true; value: FilterValue } | { ok: false; message: string };

/** True for columns whose values are numbers. */
export function isNumeric(column: ColumnDef): boolean {
  return column.type === "amount" || column.type === "integer" || column.type === "number";
}

/** One comparison value for `column`, or why it does not parse. */
export function parseValue(column: ColumnDef, raw: string): ValueResult {
  switch (column.type) {
    case "amount":
    case "number":
      return DECIMAL.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, message: `'${raw}' is not a number (write e.g. 12.5)` };
    case "integer":
      return INTEGER.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, message: `'${raw}' is not an integer` };
    case "date":
      return DATE.test(raw) ? { ok: true, value: raw } : { ok: false, message: `'${raw}' is not a date (write yyyy-mm-dd)` };
    default:
      if (column.enum && !column.enum.includes(raw)) {
        return { ok: false, message: `'${raw}' is not one of ${column.enum.join(", ")}` };
      }
      return { ok: true, value: raw };
  }
}

/** `true`/`false` (also `1`/`0`), or null. */
export function parseFlag(raw: string): boolean | null {
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  return null;
}
