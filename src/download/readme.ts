/** README.txt of the zip download: what the archive holds, in Chinese and English. */
import { zipPath } from "../datapackage/descriptor";
import type { DatasetMeta } from "../schema/dataset";

/** Windows Notepad and every other editor read CRLF text files. */
const CRLF = "\r\n";

/** The README text for a dataset (a pure function of its metadata). */
export function readmeText(meta: DatasetMeta): string {
  const { source, unit, checks_summary: checks } = meta;
  const width = Math.max(...meta.tables.map((t) => zipPath(t.id).length), "corrections.json".length) + 2;
  const entry = (name: string, text: string) => `  ${name.padEnd(width)}${text}`;
  const lines = [
    meta.title_zh,
    meta.title_en,
    "",
    `数据集 Dataset: ${meta.id}`,
    `版本 Version: ${meta.version}（数据内容的哈希；数据一变即变 / a hash of the content: it changes whenever the data does）`,
    `发布单位 Publisher: ${meta.publisher}`,
    `来源 Source: 《${meta.title_zh}》（${meta.department}，${meta.year} 年）`,
    `来源文件 Source document: ${source.file}（${source.bytes} bytes, ${source.lines} lines）`,
    `SHA-256: ${source.sha256}`,
    ...(source.url ? [`来源网址 Source URL: ${source.url}`] : []),
    `许可 Licence: ${meta.licence ?? "发布单位未声明许可 / The publisher states no licence."}`,
    "",
    `金额单位 Unit: ${unit.label}（${unit.currency}，×${unit.factor}），与原文一致，最多两位小数；空白单元格为空值，不是 0。`,
    `Amounts are in ${unit.label} (${unit.currency} × ${unit.factor}) exactly as printed, at most two decimals; a blank cell is missing (null), never 0.`,
    "每行的 source_file 与 source_line 指明它读自来源文件的哪一行。 Every row names the source line it was read from (source_file, source_line).",
    "",
    "内容 Contents",
    entry("README.txt", "本说明 / this file"),
    entry("datapackage.json", "Frictionless 数据包描述：字段、类型、中文列名、约束、外键 / Frictionless Data Package descriptor: fields, types, Chinese labels, constraints, foreign keys"),
    ...meta.tables.map((t) => entry(zipPath(t.id), `${t.title_zh}（${t.row_count} 行 rows）`)),
    entry("checks.json", `核对 reconciliation checks: ${checks.passed}/${checks.total} 项通过 pass`),
    entry("corrections.json", `对原文的更正 corrections of the source: ${meta.corrections.length}`),
    entry("dataset.xlsx", "全部表格的 Excel 工作簿：说明页 + 每表一页 / every table as one Excel workbook: an about sheet, then one sheet per table"),
    "",
    "用哪个文件 Which file to open",
    "  表格软件（Excel、WPS、LibreOffice）：请打开 dataset.xlsx（中文列名，编码为文本，金额为数字）。不要用表格软件直接打开 data/ 中的 CSV：",
    "  以 = 开头的单元格（如 78 个写作 =100% 的目标值）会被当作公式计算。",
    "  Spreadsheets (Excel, WPS, LibreOffice): open dataset.xlsx (Chinese headers, codes as text, amounts as numbers). Do not open the CSVs",
    "  of data/ in a spreadsheet: it would evaluate a cell that starts with = (such as the 78 targets written =100%) as a formula.",
    "  程序（pandas、R、Frictionless、DuckDB）：请读取 datapackage.json 与 data/ 中的 CSV。",
    "  Programs (pandas, R, Frictionless, DuckDB): read datapackage.json and the CSVs of data/.",
    "CSV：UTF-8（无 BOM），CRLF 换行，首行为英文列名，编码类字段为文本（保留前导零），文本与发布内容完全一致。",
    "CSV: UTF-8 without a byte-order mark, CRLF line ends, a header of column names; codes are text (leading zeros kept); text exactly as published.",
    "",
  ];
  return lines.join(CRLF);
}
