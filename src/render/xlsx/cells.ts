/**
 * Cells of a worksheet: text, number or date, each with its style; a null value is no cell
 * at all. Text is always a string cell, so `=100%` stays text and can never run as a formula.
 */
import type { PublishedValue } from "../../schema/bundle";
import { valueLabel, type ColumnDef } from "../../schema/columns";
import { YUAN_LABEL } from "../../query/units";
import type { ColumnView } from "../view";
import { STYLE, type StyleId } from "./styles";

export type Cell = { text: string; style?: StyleId } | { number: number; style?: StyleId } | null;

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32767;

/** `A`, `B`, … `Z`, `AA` for a 0-based column index. */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day 0 of Excel's 1900 date system as used for dates after February 1900: 1899-12-30. */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** The serial number of a yyyy-mm-dd date, or null when the text is not one. */
export function dateSerial(text: string): number | null {
  const m = ISO_DATE.exec(text);
  return m ? (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH) / DAY : null;
}

/** The header of a data sheet: the Chinese label, with the unit of amount columns. */
export function headerText(column: ColumnView): string {
  return column.unit ? `${column.label}（${column.unit}）` : column.label;
}

/**
 * A data cell: codes and text as strings (coded values in their Chinese words), amounts and
 * numbers as numbers, dates as date serials. `def` carries the schema's value labels.
 */
export function dataCell(value: PublishedValue | undefined, column: ColumnView, def: ColumnDef | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (column.type !== "amount") return { number: value };
    return { number: value, style: column.unit === YUAN_LABEL ? STYLE.yuan : STYLE.wan };
  }
  if (column.type === "date") {
    const serial = dateSerial(value);
    if (serial !== null) return { number: serial, style: STYLE.date };
  }
  return { text: def ? valueLabel(def, value) : value };
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Columns the text takes on screen: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** How wide a cell shows, in characters (numbers with their grouping, dates as yyyy-mm-dd). */
export function cellWidth(cell: Cell): number {
  if (cell === null) return 0;
  if ("text" in cell) return displayWidth(cell.text.length > 200 ? cell.text.slice(0, 200) : cell.text);
  if (cell.style === STYLE.date) return 10;
  if (cell.style === undefined) return String(cell.number).length;
  const digits = String(Math.trunc(Math.abs(cell.number))).length;
  return digits + Math.floor((digits - 1) / 3) + (cell.style === STYLE.wan ? 3 : 0) + (cell.number < 0 ? 1 : 0);
}
