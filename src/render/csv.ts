/** CSV renderer: CRLF records, optional UTF-8 BOM, header of names or Chinese labels, streamed. */
import type { PublishedRow } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import type { CsvOptions } from "../query/types";
import { csvCell, headerCell } from "./csv-cell";
import { textStream } from "../lib/stream";
import type { ColumnView } from "./view";

const CRLF = "\r\n";
export const BOM = "\uFEFF";

/**
 * Header line then one line per row, each ending in CRLF. `defs` (the schema columns) give
 * the Excel variant its Chinese value labels; the formula guard is on for Excel unless
 * options.guard says otherwise, off in plain CSV unless asked for.
 */
export function* csvLines(columns: readonly ColumnView[], rows: readonly PublishedRow[], options: CsvOptions, defs: readonly ColumnDef[] = []): Generator<string> {
  const guard = options.guard ?? options.excel;
  const byName = new Map(defs.map((d) => [d.name, d]));
  const defOf = columns.map((c) => byName.get(c.name));
  yield columns.map((c) => headerCell(c, options.header === "labels", guard)).join(",") + CRLF;
  for (const row of rows) {
    yield columns.map((c, i) => csvCell(row[c.name], c, options.excel, guard, defOf[i])).join(",") + CRLF;
  }
}

/** The CSV document as a byte stream. */
export function csvStream(columns: readonly ColumnView[], rows: readonly PublishedRow[], options: CsvOptions, defs: readonly ColumnDef[] = []): ReadableStream<Uint8Array> {
  return textStream(csvLines(columns, rows, options, defs), options.bom ? BOM : "");
}
