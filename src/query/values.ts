/** Parses a filter value as the column's type: numbers as numbers, codes and text as strings. */
import type { ColumnDef } from "../schema/columns";
import type { FilterValue } from "./types";

const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `raw` is yyyy-mm-dd and a day of the proleptic Gregorian calendar (no 2021-02-29, no 2021-13-45). */
export function isCalendarDate(raw: string): boolean {
  const m = DATE.exec(raw);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

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
      return isCalendarDate(raw) ? { ok: true, value: raw } : { ok: false, message: `'${raw}' is not a date (write a day of the calendar as yyyy-mm-dd, e.g. 2021-01-31)` };
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
