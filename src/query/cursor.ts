/**
 * Paging cursors: opaque to clients, bound to the dataset version and to the query.
 * A version's rows never change, so a position within it neither skips nor repeats rows;
 * a cursor presented after the data changed is refused rather than resolved.
 */
import { fnv1a64 } from "../lib/hash";

export interface Cursor {
  /** Version of the data the cursor was issued for. */
  version: string;
  /** Position of the next row in the filtered, sorted rows. */
  offset: number;
  /** Fingerprint of the request's scope and row-selecting parameters. */
  key: string;
}

/** c3: query keys encode their parts (c2 joined them with newlines, so two queries could share a key). */
const PREFIX = "c3";
/** Parameters that do not change which rows, in which order, a request selects. */
const PRESENTATION = new Set(["_next", "_size", "_fields", "format", "_bom", "_header", "_excel", "_guard"]);

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * The payload carries a checksum, so an edited cursor is told apart from a genuine one
 * issued for an older version (400 rather than 410). Not a secret: the rows are public;
 * it only keeps a mangled cursor from being read as a position.
 */
const checksum = (payload: string) => fnv1a64(`cursor\n${payload}`).slice(0, 8);

export function encodeCursor(cursor: Cursor): string {
  const payload = [PREFIX, cursor.version, cursor.offset, cursor.key].join("|");
  return toBase64Url(`${payload}|${checksum(payload)}`);
}

/** The cursor in `text`, or null when it is not one of ours. */
export function decodeCursor(text: string): Cursor | null {
  const plain = fromBase64Url(text);
  const parts = plain?.split("|");
  if (!parts || parts.length !== 5 || parts[0] !== PREFIX || !/^\d{1,9}$/.test(parts[2])) return null;
  if (parts[4] !== checksum(parts.slice(0, 4).join("|"))) return null;
  return { version: parts[1], offset: Number(parts[2]), key: parts[3] };
}

/** Fingerprint of a request: its scope (e.g. dataset/table) and row-selecting parameters, order-free. */
export function queryKey(scope: string, params: URLSearchParams): string {
  const pairs = [...params].filter(([k]) => !PRESENTATION.has(k));
  pairs.sort(([k1, v1], [k2, v2]) => (k1 < k2 ? -1 : k1 > k2 ? 1 : v1 < v2 ? -1 : v1 > v2 ? 1 : 0));
  // JSON of the parts, not the parts joined: no value can pass for a separator.
  return fnv1a64(JSON.stringify([scope, pairs]));
}
