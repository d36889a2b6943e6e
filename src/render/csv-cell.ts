/**
 * One CSV cell (RFC 4180). Plain CSV is exact: text as published, numbers as they are,
 * codes quoted. The Excel variant guards text a spreadsheet would run as a formula with a
 * leading single quote (OWASP), and writes codes as ="08" so their zeros survive.
 */
import type { PublishedValue } from "../schema/bundle";
import { valueLabel, type ColumnDef } from "../schema/columns";
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
 * A data cell. Plain mode quotes code cells so they read as strings; Excel mode prints coded
 * values (row_kind, fund …) in their Chinese words when `def` has them, and writes code
 * cells, and text cells made only of digits (telephone numbers), as ="…".
 */
export function csvCell(value: PublishedValue | undefined, column: ColumnView, excel: boolean, guard = excel, def?: ColumnDef): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const label = excel && def?.valueLabels?.[value] !== undefined ? valueLabel(def, value) : null;
  if (label !== null) return quoteField(guard ? guardFormula(label) : label);
  const isCode = column.type === "code";
  if (excel && (isCode || DIGITS.test(value))) return quoteField(excelText(value), true);
  return quoteField(guard ? guardFormula(value) : value, isCode);
}

/** A header cell: the column name, or its Chinese label with the unit of amount columns. */
export function headerCell(column: ColumnView, labels: boolean, guard = false): string {
  const text = labels ? (column.unit ? `${column.label}（${column.unit}）` : column.label) : column.name;
  return quoteField(guard ? guardFormula(text) : text);
}
