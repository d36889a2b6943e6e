/**
 * A dataset's posting lists as the cache keeps them for the incremental merge (merge-index.ts):
 * the lists (postings-file.ts format) ordered by group, the shard among 64 (any larger
 * power-of-two shard count splits a group, never mixes two), with where each group starts and
 * a tag of each group's bytes. Made once, by the thread that builds the dataset.
 */
import { createHash } from "node:crypto";
import { SEARCH_SHARDS, shardOf } from "../../src/data/r2-layout";
import type { Postings } from "../../src/data/postings-codec";
import { listBytes, writeList } from "./postings-file";

/** The merge's groups: the least shard count, so a group is one shard or a set of whole shards. */
export const GROUPS = SEARCH_SHARDS;

export interface PostingGroups {
  /** GROUPS + 1 byte offsets into the grouped file. */
  offsets: number[];
  /** Each group's bytes, as 16 hex digits of their SHA-256. */
  tags: string[];
}

export const isPostingGroups = (v: unknown): v is PostingGroups => {
  const g = v as PostingGroups;
  return typeof v === "object" && v !== null && Array.isArray(g.offsets) && g.offsets.length === GROUPS + 1 && Array.isArray(g.tags) && g.tags.length === GROUPS;
};

/** The grouped file's bytes, and where its groups are. */
export function groupedPostingsFile(lists: ReadonlyMap<string, Postings>): { bytes: Uint8Array; groups: PostingGroups } {
  const byGroup: [string, Postings][][] = Array.from({ length: GROUPS }, () => []);
  let size = 0;
  for (const [gram, list] of lists) {
    byGroup[shardOf(gram, GROUPS)]!.push([gram, list]);
    size += listBytes(gram, list);
  }
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  const offsets = [0];
  let at = 0;
  for (const group of byGroup) {
    for (const [gram, list] of group) at = writeList(bytes, view, at, gram, list);
    offsets.push(at);
  }
  const tags = offsets.slice(0, -1).map((start, g) => createHash("sha256").update(bytes.subarray(start, offsets[g + 1])).digest("hex").slice(0, 16));
  return { bytes, groups: { offsets, tags } };
}
