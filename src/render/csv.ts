/** CSV renderer: CRLF records, optional UTF-8 BOM, header of names or Chinese labels, streamed. */
import type { PublishedRow } from "../schema/bundle";
import type { CsvOptions } from "../query/types";
import { csvCell, headerCell } from "./csv-cell";
import { textStream } from "./stream";
import type { ColumnView } from "./view";

const CRLF = "\r\n";
export const BOM = "\uFEFF";

/** Header line then one line per row, each ending in CRLF. */
export function* csvLines(columns: readonly ColumnView[], rows: readonly PublishedRow[], options: CsvOptions): Generator<string> {
  yield columns.map((c) => headerCell(c, options.header === "labels")).join(",") + CRLF;
  for (const row of rows) {
    yield columns.map((c) => csvCell(row[c.name], c, options.excel, options.guard !== false)).join(",") + CRLF;
  }
}

/** The CSV document as a byte stream. */
export function csvStream(columns: readonly ColumnView[], rows: readonly PublishedRow[], options: CsvOptions): ReadableStream<Uint8Array> {
  return textStream(csvLines(columns, rows, options), options.bom ? BOM : "");
}
