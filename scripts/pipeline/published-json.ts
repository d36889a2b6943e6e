/**
 * A dataset's tables as published JSON, made once per build: the size cap
 * (published-size.ts), the dataset's version (build-dataset.ts) and its table objects
 * (r2-objects.ts) all read these strings rather than each serialising the rows again.
 */
import type { PublishedRow } from "../../src/schema/bundle";

/** A table's JSON: each row's, and the whole table's (exactly JSON.stringify(rows): "[" + the rows joined by "," + "]"). */
export interface TableJson {
  rows: string[];
  body: string;
}

export type DatasetJson = Record<string, TableJson>;

export function tableJson(rows: readonly PublishedRow[]): TableJson {
  const parts = rows.map((r) => JSON.stringify(r));
  return { rows: parts, body: `[${parts.join(",")}]` };
}

/** Every table's JSON, in the tables' order. */
export function datasetJson(tables: Record<string, readonly PublishedRow[]>): DatasetJson {
  const out: DatasetJson = {};
  for (const [id, rows] of Object.entries(tables)) out[id] = tableJson(rows);
  return out;
}

/** JSON.stringify(tables) for the same tables, in pieces (to feed a hash without joining them): `{"id":[…],…}`. */
export function* tablesJsonPieces(json: DatasetJson): Generator<string> {
  yield "{";
  let first = true;
  for (const [id, t] of Object.entries(json)) {
    yield `${first ? "" : ","}${JSON.stringify(id)}:`;
    yield t.body;
    first = false;
  }
  yield "}";
}
