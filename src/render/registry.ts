/** Renderers keyed by format: pure functions of a TableView (and CSV options) to a body. */
import type { CsvOptions, Format } from "../query/types";
import { csvStream } from "./csv";
import { ndjsonStream } from "./ndjson";
import type { TableView } from "./view";

export interface Rendered {
  body: string | ReadableStream<Uint8Array>;
  contentType: string;
  /** Whether clients should save the body as a file (Content-Disposition: attachment). */
  attachment: boolean;
}

export const CONTENT_TYPES: Record<Format, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  ndjson: "application/x-ndjson; charset=utf-8",
};

export const RENDERERS: Record<Format, (view: TableView, csv: CsvOptions) => Rendered> = {
  json: (view) => ({ body: JSON.stringify(view), contentType: CONTENT_TYPES.json, attachment: false }),
  csv: (view, csv) => ({ body: csvStream(view.columns, view.rows, csv), contentType: CONTENT_TYPES.csv, attachment: true }),
  ndjson: (view) => ({ body: ndjsonStream(view.rows), contentType: CONTENT_TYPES.ndjson, attachment: false }),
};
