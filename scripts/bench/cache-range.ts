/** A byte range of a body in the build cache, read alone (the benchmarks' in-process bucket serves ranges as R2 does). */
import { closeSync, openSync, readSync } from "node:fs";
import type { Digest } from "../../src/lib/checksum";
import { blobPath } from "../pipeline/cache-blob";

export function readBlobRange(cacheDir: string, digest: Digest, offset: number, length: number): Buffer | null {
  let fd: number;
  try {
    fd = openSync(blobPath(cacheDir, digest), "r");
  } catch {
    return null;
  }
  try {
    const out = Buffer.alloc(length);
    const n = readSync(fd, out, 0, length, offset);
    return out.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
