/**
 * One worksheet's XML: rows of cells, strings through the workbook's shared string table,
 * optionally a frozen header row with an autofilter over the used range, column widths
 * from the content.
 */
import { cellWidth, columnLetter, MAX_CELL_CHARS, type Cell } from "./cells";
import { STYLE } from "./styles";
import { cellText, NS_MAIN, NS_REL, XML_HEAD } from "./xml";

export interface SheetSpec {
  name: string;
  /** Rows from row 1; an empty array is an empty row. */
  rows: readonly (readonly Cell[])[];
  /** Row 1 is a header: frozen, bold, with an autofilter over every row. */
  header: boolean;
  /** Widest a column may be, in characters. */
  maxWidth?: number;
}

/** The strings of a workbook, each stored once (xl/sharedStrings.xml). */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  id(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.index.size));
    return i;
  }

  xml(): string {
    let out = `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.index.size}">`;
    for (const text of this.index.keys()) out += `<si><t xml:space="preserve">${cellText(text)}</t></si>`;
    return out + "</sst>";
  }
}

const MIN_WIDTH = 6;
/** Room for the autofilter's drop-down button beside a header. */
const FILTER_BUTTON = 2;

function widths(spec: SheetSpec, columns: number): number[] {
  const max = spec.maxWidth ?? 50;
  const out = Array.from({ length: columns }, () => MIN_WIDTH);
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const w = cellWidth(cell) + 1 + (spec.header && r === 0 ? FILTER_BUTTON : 0);
      if (w > out[c]) out[c] = Math.min(w, max);
    }),
  );
  return out;
}

function cellXml(cell: Cell, ref: string, strings: SharedStrings, header: boolean): string {
  if (cell === null) return "";
  const style = header ? STYLE.header : cell.style;
  const s = style ? ` s="${style}"` : "";
  if ("number" in cell) return `<c r="${ref}"${s}><v>${cell.number}</v></c>`;
  // Longer text than Excel holds in a cell would make it refuse the file; no published text comes close.
  const text = cell.text.length > MAX_CELL_CHARS ? cell.text.slice(0, MAX_CELL_CHARS) : cell.text;
  return `<c r="${ref}"${s} t="s"><v>${strings.id(text)}</v></c>`;
}

/** The used range, `A1:F30` (`A1` for an empty sheet). */
export function usedRange(spec: SheetSpec): string {
  const columns = Math.max(1, ...spec.rows.map((r) => r.length));
  return `A1:${columnLetter(columns - 1)}${Math.max(1, spec.rows.length)}`;
}

/** xl/worksheets/sheetN.xml. `selected` marks the sheet shown when the workbook opens. */
export function sheetXml(spec: SheetSpec, strings: SharedStrings, selected: boolean): string {
  const columns = Math.max(1, ...spec.rows.map((r) => r.length));
  const range = usedRange(spec);
  const tab = selected ? ' tabSelected="1"' : "";
  const view = spec.header
    ? `<sheetView workbookViewId="0"${tab}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>`
    : `<sheetView workbookViewId="0"${tab}/>`;
  const cols = widths(spec, columns)
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const parts = [XML_HEAD, `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`, `<dimension ref="${range}"/>`, `<sheetViews>${view}</sheetViews>`, '<sheetFormatPr defaultRowHeight="15"/>', `<cols>${cols}</cols>`, "<sheetData>"];
  spec.rows.forEach((row, r) => {
    const n = r + 1;
    if (row.length === 0) return;
    parts.push(`<row r="${n}">${row.map((cell, c) => cellXml(cell, `${columnLetter(c)}${n}`, strings, spec.header && r === 0)).join("")}</row>`);
  });
  parts.push("</sheetData>");
  if (spec.header) parts.push(`<autoFilter ref="${range}"/>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  return parts.join("");
}
