/**
 * The stored form of posting lists: what the build writes and a store reads back. A list is
 * pairs (doc, field · 2^20 + position) in increasing order (search/postings.ts builds them).
 */

export type Postings = Uint32Array;
export const NO_POSTINGS: Postings = new Uint32Array(0);

/** The bytes of a posting list as stored (little-endian 32-bit words). */
export function encodePostings(p: Postings): Uint8Array {
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
  const view = new DataView(bytes);
  const out = new Uint32Array(bytes.byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}
