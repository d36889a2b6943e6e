/**
 * The whole dataset as one .xlsx: a 说明 sheet (what the workbook is: dataset, department,
 * year, unit, source document, version, licence, where it is served, its sheets with their
 * row counts and every column), then one sheet per table. Origin-free, so the same bytes
 * are served at download.xlsx and packed into the zip.
 */
import { urls } from "../spec/links";
import type { DataStore, DatasetRecord } from "../data/store";
import type { Cell } from "../render/xlsx/cells";
import type { SheetSpec } from "../render/xlsx/sheet";
import { STYLE } from "../render/xlsx/styles";
import { ABOUT_SHEET, COLUMN_HEADINGS, columnRows, dataSheet, XLSX_CREATOR } from "../render/xlsx/table";
import { sheetNames, workbookBytes } from "../render/xlsx/workbook";
import { columnViews, type ColumnView } from "../render/view";
import type { DatasetMeta } from "../schema/dataset";
import { perVersion } from "./per-version";

export interface Workbook {
  bytes: Uint8Array;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
}

const text = (t: string): Cell => ({ text: t });
const title = (t: string): Cell => ({ text: t, style: STYLE.title });

interface SheetOfTable {
  sheet: string;
  id: string;
  title: string;
  rows: number;
  columns: ColumnView[];
}

function aboutSheet(meta: DatasetMeta, tables: readonly SheetOfTable[]): SheetSpec {
  const { source, unit, checks_summary: checks } = meta;
  const facts: [string, string][] = [
    ["数据集 Dataset", meta.id],
    ["英文标题 Title", meta.title_en],
    ["部门 Department", meta.department],
    ["年度 Year", String(meta.year)],
    ["类型 Kind", meta.kind === "budget" ? "预算 budget" : "决算 final accounts"],
    ["发布单位 Publisher", meta.publisher],
    ["金额单位 Unit", `${unit.label}（${unit.currency} × ${unit.factor}），与原文一致，最多两位小数；空白单元格为空值，不是 0。 Exactly as printed, at most two decimals; a blank cell is missing, never 0.`],
    ["来源 Source", `《${meta.title_zh}》（${meta.department}，${meta.year} 年）`],
    ["来源文件 Source document", `${source.file}（${source.bytes} bytes, ${source.lines} lines, SHA-256 ${source.sha256}）`],
    ...(source.url ? ([["来源网址 Source URL", source.url]] as [string, string][]) : []),
    ["许可 Licence", meta.licence ?? "发布单位未声明许可 / The publisher states no licence."],
    ["版本 Version", `${meta.version}（数据内容的哈希 / a hash of the content）`],
    ["核对 Checks", `${checks.passed}/${checks.total} 项通过 pass`],
    ["生成自 Generated from", `${urls("").workbook(meta.id)}（本 API / this API）`],
  ];
  return {
    name: ABOUT_SHEET,
    header: false,
    maxWidth: 90,
    rows: [
      [title(meta.title_zh)],
      [],
      ...facts.map(([k, v]) => [text(k), text(v)]),
      [],
      [title("工作表 Sheets")],
      ["工作表 sheet", "表 table", "标题 title", "行数 rows"].map(text),
      ...tables.map((t) => [text(t.sheet), text(t.id), text(t.title), { number: t.rows }]),
      [],
      [title("列 Columns")],
      ["工作表 sheet", ...COLUMN_HEADINGS].map(text),
      ...tables.flatMap((t) => columnRows(t.columns, t.id, [text(t.sheet)])),
    ],
  };
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function build(store: DataStore, record: DatasetRecord): Promise<Workbook> {
  const { meta } = record;
  const names = sheetNames([ABOUT_SHEET, ...meta.tables.map((t) => t.title_zh)]).slice(1);
  const tables: SheetOfTable[] = [];
  const sheets: SheetSpec[] = [];
  for (const [i, t] of meta.tables.entries()) {
    const table = await store.getTable(meta.id, t.id);
    if (!table) throw new Error(`table ${t.id} of ${meta.id} is listed but not stored`);
    const columns = columnViews(table.columns, meta.unit.label);
    tables.push({ sheet: names[i], id: t.id, title: t.title_zh, rows: table.rows.length, columns });
    sheets.push(dataSheet(names[i], columns, table.rows, table.columns));
  }
  const bytes = workbookBytes({ title: meta.title_zh, creator: XLSX_CREATOR, sheets: [aboutSheet(meta, tables), ...sheets] });
  return { bytes, sha256: await sha256Hex(bytes) };
}

const workbooks = perVersion<Workbook>();

/** The workbook of a dataset's current version, built on first request in this isolate. */
export function datasetWorkbook(store: DataStore, record: DatasetRecord): Promise<Workbook> {
  return workbooks(record.meta.id, record.meta.version, () => build(store, record));
}
