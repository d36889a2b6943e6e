/**
 * One CSV cell (RFC 4180) made safe for spreadsheets: text that a spreadsheet would run as a
 * formula gets a leading single quote (OWASP); numbers are never altered; codes stay text.
 */
import type { PublishedValue } from "../schema/bundle";
import type { ColumnView } from "./view";

/** Text a spreadsheet would treat as a formula or mangle: = + - @ or a control character first. */
const FORMULA_START = /^[=+\-@\u0000-\u001f]/;
const NEEDS_QUOTES = /[",\r\n]/;
const DIGITS = /^\d+$/;

/** `'=100%` for `=100%`; other text unchanged. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 field: quoted when it holds a quote, comma or line break, or when `force`. */
export function quoteField(text: string, force = false): string {
  return force || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Excel's text-formula form `="08"`, which keeps leading zeros and long digit strings as text. */
export function excelText(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/**
 * A data cell. Plain mode quotes code cells so they read as strings; Excel mode writes code
 * cells, and text cells made only of digits (telephone numbers), as ="…".
 */
export function csvCell(value: PublishedValue | undefined, column: ColumnView, excel: boolean, guard = true): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const isCode = column.type === "code";
  if (excel && (isCode || DIGITS.test(value))) return quoteField(excelText(value), true);
  return quoteField(guard ? guardFormula(value) : value, isCode);
}

/** A header cell: the column name, or its Chinese label with the unit of amount columns. */
export function headerCell(column: ColumnView, labels: boolean): string {
  const text = labels ? (column.unit ? `${column.label}（${column.unit}）` : column.label) : column.name;
  return quoteField(guardFormula(text));
}
