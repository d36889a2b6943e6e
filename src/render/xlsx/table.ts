/**
 * A TableView as a workbook for people: a 说明 (About) sheet with what the rows are and a
 * table of the columns (name, 中文, type, description), then the rows under one header row
 * of Chinese labels. Bounded: a request past MAX_XLSX_ROWS rows or MAX_XLSX_CELLS cells is a
 * 400 telling the client to filter, so no workbook is built larger than that in memory.
 */
import { ProblemError } from "../../lib/problem";
import type { PublishedRow } from "../../schema/bundle";
import type { ColumnDef } from "../../schema/columns";
import { columnDescriptionZh, TABLE_DESCRIPTIONS_ZH } from "../../schema/descriptions-zh";
import type { ColumnView, TableView } from "../view";
import { dataCell, headerText, type Cell } from "./cells";
import type { SheetSpec } from "./sheet";
import { STYLE } from "./styles";
import { sheetNames, workbookBytes } from "./workbook";

/** Ten times the longest table published; every table fits whole. */
export const MAX_XLSX_ROWS = 10_000;
/** Rows × columns: a workbook's XML stays within a few tens of MB before compression. */
export const MAX_XLSX_CELLS = 250_000;

export const XLSX_CREATOR = "Budget disclosure open-data API";
export const ABOUT_SHEET = "说明";

const text = (t: string, style?: typeof STYLE.title): Cell => ({ text: t, ...(style ? { style } : {}) });

/** 400 unless the rows fit a workbook. */
export function checkXlsxSize(rows: number, columns: number): void {
  if (rows <= MAX_XLSX_ROWS && rows * columns <= MAX_XLSX_CELLS) return;
  throw new ProblemError("invalid-query", `An XLSX holds at most ${MAX_XLSX_ROWS.toLocaleString("en")} rows and ${MAX_XLSX_CELLS.toLocaleString("en")} cells; this request has ${rows} rows of ${columns} columns.`, [
    { param: "format", message: "Filter the rows (col=value, col__op=value), choose fewer columns with _fields, page with _size, or ask for CSV or NDJSON, which stream any number of rows." },
  ]);
}

/** How a column type reads in the 说明 sheet. */
const TYPE_ZH: Record<string, string> = { string: "文字", text: "长文本", code: "编码（文本）", amount: "金额", integer: "整数", number: "数值", date: "日期" };

/** The rows of the columns table: name, 中文, type (with unit), the Chinese description, the English one. */
export function columnRows(columns: readonly ColumnView[], table: string, lead: readonly Cell[] = []): Cell[][] {
  return columns.map((c) => [
    ...lead,
    text(c.name),
    text(c.label),
    text(`${TYPE_ZH[c.type] ?? c.type}${c.unit ? `（${c.unit}）` : ""}`),
    text(columnDescriptionZh(table, c) ?? ""),
    text(c.description),
  ]);
}

export const COLUMN_HEADINGS = ["列名", "中文名", "类型", "说明", "英文说明 description"];

/** The data sheet: a header of Chinese labels (amounts with their unit), then one row per row. */
export function dataSheet(name: string, columns: readonly ColumnView[], rows: readonly PublishedRow[], defs: readonly ColumnDef[]): SheetSpec {
  const byName = new Map(defs.map((d) => [d.name, d]));
  const header: Cell[] = columns.map((c) => text(headerText(c)));
  const body = rows.map((row) => columns.map((c) => dataCell(row[c.name], c, byName.get(c.name))));
  return { name, rows: [header, ...body], header: true };
}

/** The workbook of one table (or aggregate) view. */
export function tableWorkbook(view: TableView, defs: readonly ColumnDef[]): Uint8Array {
  checkXlsxSize(view.rows.length, view.columns.length);
  const [about, data] = sheetNames([ABOUT_SHEET, view.title_zh]);
  const facts: [string, string][] = [
    ["表 Table", `${view.title_zh}（${view.table}）`],
    ...(TABLE_DESCRIPTIONS_ZH[view.table] ? ([["说明", TABLE_DESCRIPTIONS_ZH[view.table]!]] as [string, string][]) : []),
    ["数据集 Dataset", view.dataset],
    ["版本 Version", view.version],
    ["行数 Rows", `${view.rows.length}${view.total !== view.rows.length ? ` / ${view.total}` : ""}`],
    ...(view.note ? ([["注 Note", view.note]] as [string, string][]) : []),
    ["工作表 Sheet", `“${data}”：首行为中文列名（金额列注明单位），编码类字段为文本，空白单元格为空值而非 0。 Row 1 holds the Chinese labels; codes are text; a blank cell is missing, never 0.`],
  ];
  const aboutRows: Cell[][] = [
    [text(view.title_zh, STYLE.title)],
    [],
    ...facts.map(([k, v]) => [text(k), text(v)]),
    [],
    [text("列 Columns", STYLE.title)],
    COLUMN_HEADINGS.map((h) => text(h)),
    ...columnRows(view.columns, view.table),
  ];
  return workbookBytes({
    title: view.title_zh,
    creator: XLSX_CREATOR,
    sheets: [{ name: about, rows: aboutRows, header: false, maxWidth: 80 }, dataSheet(data, view.columns, view.rows, defs)],
  });
}
