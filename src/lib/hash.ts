/** A small synchronous string hash (FNV-1a, 64 bits as 16 hex digits) for versions and cursors. */

/** FNV-1a over the UTF-16 code units of `text`, as 16 lowercase hex digits. Not cryptographic. */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
