/** Renderers keyed by format: pure functions of a TableView (and its options) to a body. */
import type { CsvOptions } from "../query/types";
import type { Format } from "../lib/media-types";
import type { ColumnDef } from "../schema/columns";
import { csvStream } from "./csv";
import { ndjsonStream } from "./ndjson";
import type { TableView } from "./view";
import { tableWorkbook } from "./xlsx/table";
import { XLSX_MEDIA_TYPE } from "./xlsx/workbook";

export interface Rendered {
  body: string | Uint8Array | ReadableStream<Uint8Array>;
  contentType: string;
  /** Whether clients should save the body as a file (Content-Disposition: attachment). */
  attachment: boolean;
}

export interface RenderOptions {
  csv: CsvOptions;
  /** Schema columns of view.columns: their value labels print coded values in Chinese (CSV for Excel, XLSX). */
  columns: readonly ColumnDef[];
}

export const CONTENT_TYPES: Record<Format, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  ndjson: "application/x-ndjson; charset=utf-8",
  xlsx: XLSX_MEDIA_TYPE,
};

export const RENDERERS: Record<Format, (view: TableView, options: RenderOptions) => Rendered> = {
  json: (view) => ({ body: JSON.stringify(view), contentType: CONTENT_TYPES.json, attachment: false }),
  csv: (view, o) => ({ body: csvStream(view.columns, view.rows, o.csv, o.columns), contentType: CONTENT_TYPES.csv, attachment: true }),
  ndjson: (view) => ({ body: ndjsonStream(view.rows), contentType: CONTENT_TYPES.ndjson, attachment: false }),
  xlsx: (view, o) => ({ body: tableWorkbook(view, o.columns), contentType: CONTENT_TYPES.xlsx, attachment: true }),
};
