/**
 * Pruning the build cache (`BUILD_PRUNE=1 npm run build:data`): after a build, every entry and
 * body it did not use is deleted, so the cache holds one build's worth instead of growing with
 * each change of a document or of the pipeline (24.8 GB a build at 10,000 documents). What the
 * build used: each document's summary and the bodies it names, the index's merge entries and
 * shard directories, and every object the catalogue records. Another folder built with the same
 * cache loses its outputs (it is built again), and a build running beside it must not share it.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Digest } from "../../src/lib/checksum";

export interface LiveCache {
  entries: Set<string>;
  blobs: Set<string>;
}

export const liveCache = (): LiveCache => ({ entries: new Set(), blobs: new Set() });
export const keepBlob = (live: LiveCache, digest: Digest) => live.blobs.add(digest[1]);

/** Deletes what `live` does not name from the cache's entries and bodies; returns the files and bytes freed. */
export function pruneCache(dir: string, live: LiveCache): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const remove = (path: string) => {
    bytes += statSync(path).size;
    rmSync(path, { force: true });
    files++;
  };
  const list = (path: string) => readdirSync(path, { withFileTypes: true });
  const entries = join(dir, "entries");
  for (const f of safe(() => list(entries))) if (f.isFile() && !live.entries.has(f.name.replace(/\.json$/, ""))) remove(join(entries, f.name));
  const blobs = join(dir, "blobs");
  for (const sub of safe(() => list(blobs))) {
    if (!sub.isDirectory()) continue;
    for (const f of list(join(blobs, sub.name))) if (f.isFile() && !live.blobs.has(f.name)) remove(join(blobs, sub.name, f.name));
  }
  return { files, bytes };
}

function safe<T>(read: () => T[]): T[] {
  try {
    return read();
  } catch {
    return [];
  }
}
