/** NDJSON renderer: one JSON object per row and line, streamed. */
import type { PublishedRow } from "../schema/bundle";
import { textStream } from "../lib/stream";

function* ndjsonLines(rows: readonly PublishedRow[]): Generator<string> {
  for (const row of rows) yield JSON.stringify(row) + "\n";
}

/** Rows as newline-delimited JSON. */
export function ndjsonStream(rows: readonly PublishedRow[]): ReadableStream<Uint8Array> {
  return textStream(ndjsonLines(rows));
}
