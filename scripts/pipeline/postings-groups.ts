/**
 * A dataset's posting lists grouped for the incremental merge (merge-index.ts): the same lists
 * (postings-file.ts), ordered by group (the shard among 64: any larger power-of-two shard
 * count splits each group, never mixes two), with where each group starts and a tag of each
 * group's bytes. Made once per postings file and kept in the cache beside it.
 */
import { createHash } from "node:crypto";
import type { Digest } from "../../src/lib/checksum";
import { SEARCH_SHARDS, shardOf } from "../../src/data/r2-layout";
import type { BuildCache } from "./build-cache";
import { blobPath, hasBlob } from "./cache-blob";
import { readLists, writeList } from "./postings-file";

/** The merge's groups: the least shard count, so a group is one shard or a set of whole shards. */
export const GROUPS = SEARCH_SHARDS;

export interface GroupedPostings {
  /** GROUPS + 1 byte offsets into the grouped file. */
  offsets: number[];
  /** Each group's bytes, as 16 hex digits of their SHA-256. */
  tags: string[];
  /** The grouped file in the cache. */
  path: string;
}

interface GroupEntry {
  grouped: Digest;
  offsets: number[];
  tags: string[];
}
const isGroupEntry = (v: unknown): v is GroupEntry => {
  const e = v as GroupEntry;
  return typeof v === "object" && v !== null && Array.isArray(e.grouped) && Array.isArray(e.offsets) && e.offsets.length === GROUPS + 1 && Array.isArray(e.tags) && e.tags.length === GROUPS;
};

export function groupedPostings(cache: BuildCache, postings: Digest): GroupedPostings {
  const key = `postings-groups-${postings[1]}-${postings[0]}`;
  let entry = cache.getEntry(key, isGroupEntry);
  if (!entry || !hasBlob(cache.dir, entry.grouped)) {
    const bytes = cache.getBlob(postings);
    if (!bytes) throw new Error(`the build cache (${cache.dir}) lost a postings file (${postings[1]})`);
    const byGroup: [string, Uint32Array][][] = Array.from({ length: GROUPS }, () => []);
    for (const [gram, list] of readLists(bytes)) byGroup[shardOf(gram, GROUPS)]!.push([gram, list]);
    const out = new Uint8Array(bytes.length);
    const view = new DataView(out.buffer);
    const offsets = [0];
    let at = 0;
    for (const lists of byGroup) {
      for (const [gram, list] of lists) at = writeList(out, view, at, gram, list);
      offsets.push(at);
    }
    const tags = offsets.slice(0, -1).map((start, g) => createHash("sha256").update(out.subarray(start, offsets[g + 1])).digest("hex").slice(0, 16));
    entry = { grouped: cache.putBlob(out), offsets, tags };
    cache.putEntry(key, entry);
  }
  return { offsets: entry.offsets, tags: entry.tags, path: blobPath(cache.dir, entry.grouped) };
}
