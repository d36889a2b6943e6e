/**
 * Checks of what the data bucket returns. A whole object is checked against the SHA-256 the
 * build recorded in the bundled catalogue (its first 16 hex digits and its length); a byte
 * range the Worker reads alone (a posting list, a row) against a 32-bit FNV-1a the build wrote
 * beside its offset in an object that was itself checked whole. FNV-1a is synchronous and cheap
 * (the build makes one per row and per list); it detects corruption, not a forger, and the
 * bucket's writers are the build's own.
 */

/** FNV-1a over bytes, 32 bits. */
export function fnv1a32(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

/** What the catalogue records of an object: its length in bytes and the first 16 hex digits of its SHA-256. */
export type Digest = readonly [bytes: number, sha256: string];
export const isDigest = (v: unknown): v is Digest => Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && typeof v[1] === "string";

/** An object's digest (Web Crypto, so the same in the Worker, its tests and Node). */
export async function digestOf(body: string | Uint8Array): Promise<Digest> {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  return [bytes.length, await sha256Hex16(bytes)];
}

/** The first 16 hex digits of the SHA-256 of `bytes` (Web Crypto: the Worker's, and Node's). */
export async function sha256Hex16(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(hash.subarray(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
}
