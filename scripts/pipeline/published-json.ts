/**
 * A dataset's tables (and checks) as published JSON, made once per build: the size cap
 * (published-size.ts), the dataset's version (build-dataset.ts) and its objects
 * (r2-objects.ts: a table's body and row offsets, the record's checks) all read these rather
 * than each serialising and encoding them again. No Node module: r2-objects.ts also runs in workerd.
 */
import type { PublishedRow } from "../../src/schema/bundle";

/**
 * A table's JSON as UTF-8: exactly JSON.stringify(rows) ("[" + each row's JSON joined by "," +
 * "]"), and where each row starts in it, then the end (n + 1 offsets, as the row offsets object
 * stores them: row i is bytes offsets[i] to offsets[i + 1] - 1, before its comma or "]").
 */
export interface TableJson {
  bytes: Uint8Array;
  offsets: Uint32Array;
}

export type TablesJson = Record<string, TableJson>;

/** What the build serialised of a dataset: its tables, and its checks (JSON.stringify(checks)). */
export interface DatasetJson {
  tables: TablesJson;
  checks: string;
}

const encoder = new TextEncoder();
const COMMA = 0x2c;

export function tableJson(rows: readonly PublishedRow[]): TableJson {
  const parts = rows.map((r) => JSON.stringify(r));
  // A UTF-16 code unit takes at most 3 bytes of UTF-8, so the rows are encoded in place, once.
  let max = 2 + parts.length;
  for (const p of parts) max += 3 * p.length;
  const bytes = new Uint8Array(max);
  const offsets = new Uint32Array(parts.length + 1);
  bytes[0] = 0x5b; // [
  let at = 1;
  parts.forEach((p, i) => {
    offsets[i] = at;
    at += encoder.encodeInto(p, bytes.subarray(at)).written;
    bytes[at++] = COMMA; // the comma after the row, or the "]" below
  });
  offsets[parts.length] = at;
  if (parts.length) bytes[at - 1] = 0x5d;
  else bytes[at++] = 0x5d; // "[]"
  return { bytes: bytes.subarray(0, at), offsets };
}

/** Every table's JSON, in the tables' order. */
export function tablesJson(tables: Record<string, readonly PublishedRow[]>): TablesJson {
  const out: TablesJson = {};
  for (const [id, rows] of Object.entries(tables)) out[id] = tableJson(rows);
  return out;
}

/** JSON.stringify(tables) for the same tables, in pieces (to feed a hash without joining them): `{"id":[…],…}`. */
export function* tablesJsonPieces(json: TablesJson): Generator<string | Uint8Array> {
  yield "{";
  let first = true;
  for (const [id, t] of Object.entries(json)) {
    yield `${first ? "" : ","}${JSON.stringify(id)}:`;
    yield t.bytes;
    first = false;
  }
  yield "}";
}
