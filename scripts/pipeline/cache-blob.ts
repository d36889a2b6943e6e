/**
 * Where the build cache keeps a body: `blobs/<2 hex>/<16 hex of its SHA-256>` (build-cache.ts
 * writes and reads there), for the readers that need the file itself: the index merge reads postings in
 * byte ranges, publishing asks only whether a body is there (a stat, not a read of gigabytes).
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import type { Digest } from "../../src/lib/checksum";

export const blobPath = (cacheDir: string, digest: Digest) => join(cacheDir, "blobs", digest[1].slice(0, 2), digest[1]);

/** Whether the cache holds a body of this digest's length under its name. */
export function hasBlob(cacheDir: string, digest: Digest): boolean {
  try {
    return statSync(blobPath(cacheDir, digest)).size === digest[0];
  } catch {
    return false;
  }
}
