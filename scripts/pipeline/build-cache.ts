/**
 * The build's cache of per-dataset outputs, content-addressed: each dataset's summary under
 * the key of its inputs (seed bytes, its corrections and manifest entry, the reference files,
 * the pipeline's version), and every object body under the first 16 hex digits of its SHA-256
 * (the digest the catalogue records, so `npm run publish:r2` finds a body by its digest).
 * Files are written whole under a temporary name and renamed, so a killed build leaves no
 * half entry. Deleting the folder only costs a full rebuild.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Digest } from "../../src/lib/checksum";
import { blobPath } from "./cache-blob";

/** The default cache folder: beside the installed packages, out of the sources' way; BUILD_CACHE chooses another. */
export const defaultCacheDir = (root: string) => resolve(process.env.BUILD_CACHE ?? join(root, "node_modules", ".cache", "budget-build"));

export const digestOf = (bytes: Uint8Array): Digest => [bytes.length, createHash("sha256").update(bytes).digest("hex").slice(0, 16)];
const asBytes = (body: string | Uint8Array) => (typeof body === "string" ? Buffer.from(body, "utf8") : body);

export class BuildCache {
  constructor(readonly dir: string) {}

  private entryPath = (key: string) => join(this.dir, "entries", `${key}.json`);

  private writeWhole(path: string, bytes: Uint8Array | string): void {
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(tmp, bytes);
    } catch (e) {
      // The folder is made when a write first needs it (one of 256 for bodies), not before every write.
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      mkdirSync(resolve(path, ".."), { recursive: true });
      writeFileSync(tmp, bytes);
    }
    renameSync(tmp, path);
  }

  /** Stores a body (if not already there) and returns its digest. */
  putBlob(body: string | Uint8Array): Digest {
    const bytes = asBytes(body);
    const digest = digestOf(bytes);
    const path = blobPath(this.dir, digest);
    if (!existsSync(path)) this.writeWhole(path, bytes);
    return digest;
  }

  /** A body by its digest, or null when the cache does not hold it (or holds other bytes under its name). */
  getBlob(digest: Digest): Buffer | null {
    const path = blobPath(this.dir, digest);
    if (!existsSync(path)) return null;
    const bytes = readFileSync(path);
    return bytes.length === digest[0] ? bytes : null;
  }

  putEntry(key: string, value: unknown): void {
    this.writeWhole(this.entryPath(key), JSON.stringify(value));
  }

  hasEntry(key: string): boolean {
    return existsSync(this.entryPath(key));
  }

  getEntry<T>(key: string, valid: (v: unknown) => v is T): T | null {
    const path = this.entryPath(key);
    if (!existsSync(path)) return null;
    try {
      const value: unknown = JSON.parse(readFileSync(path, "utf8"));
      return valid(value) ? value : null;
    } catch {
      // A damaged entry is a miss: the dataset is built again.
      return null;
    }
  }
}
