/**
 * The stored form of posting lists: what the build writes and a store reads back. A list is
 * pairs (doc, field · 2^20 + position) in increasing order (search/postings.ts builds them).
 */

export type Postings = Uint32Array;
export const NO_POSTINGS: Postings = new Uint32Array(0);

/** Whether this machine's typed arrays are little-endian (every platform Workers and Node run on): then words are copied as bytes, not one by one. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The bytes of a posting list as stored (little-endian 32-bit words). */
export function encodePostings(p: Postings): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(p.buffer.slice(p.byteOffset, p.byteOffset + p.byteLength));
  const out = new Uint8Array(p.length * 4);
  const view = new DataView(out.buffer);
  p.forEach((v, i) => view.setUint32(i * 4, v, true));
  return out;
}

export function decodePostings(bytes: ArrayBuffer): Postings {
  if (bytes.byteLength % 8 !== 0) throw new Error(`a posting list of ${bytes.byteLength} bytes is not whole pairs`);
  return decodeWords(bytes);
}

/** Little-endian 32-bit words (the stored form of postings and of row offsets). */
export function decodeWords(bytes: ArrayBuffer): Uint32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error(`${bytes.byteLength} bytes are not whole 32-bit words`);
  if (LITTLE_ENDIAN) return new Uint32Array(bytes.slice(0));
  const view = new DataView(bytes);
  const out = new Uint32Array(bytes.byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

/** Lists of consecutive doc ranges (segments, datasets) joined in that order: still sorted by doc. */
export function joinPostings(parts: readonly Postings[]): Postings {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
