/**
 * The search index of a whole build, merged from each dataset's own posting lists without
 * holding the index in memory, and incrementally. The index is cut into segments of datasets
 * (r2-layout.ts), each numbered from its own first row, so a changed document changes its own
 * segment only. Within a segment, shards are merged in 64 groups (shard % 64), and a group whose
 * inputs are those of an earlier build (the segment, its shard count, and for every dataset in
 * order its first doc number in the segment and the tag of its lists in that group) is taken from
 * the cache as it was, without reading a list. Only the groups a change touches are merged
 * again: a pass over the segment's datasets reads those groups' byte ranges of each dataset's
 * lists (grouped by the thread that built it, postings-groups.ts), renumbers them from the
 * dataset's first doc and appends them to a spill file per group; then each spill file is read
 * back alone and its shards written. Memory is one dataset's lists plus one group of a segment.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Digest } from "../../src/lib/checksum";
import { shardOf, type SearchSegment } from "../../src/data/r2-layout";
import type { BuildCache } from "./build-cache";
import { blobPath, hasBlob } from "./cache-blob";
import { GROUPS, type PostingGroups } from "./postings-groups";
import { listBytes, listEnd, readLists, writeList } from "./postings-file";
import { searchManifestObject, shardObjects } from "./r2-objects";

/** One dataset's grouped lists (their digest and groups, postings-groups.ts) and its first doc number in its segment. */
export interface DatasetPostings {
  firstDoc: number;
  postings: Digest;
  groups: PostingGroups;
}

/** A segment's datasets, in catalogue order, and its shard count. */
export interface SegmentPostings {
  datasets: DatasetPostings[];
  shards: number;
}

/** What the manifest says of the whole index. */
export interface IndexShape {
  catalog: string;
  docs: number;
  segments: SearchSegment[];
}

const FLUSH_BYTES = 1 << 20;

type GroupObjects = [shard: number, objects: [string, Digest][]][];
const isGroupObjects = (v: unknown): v is GroupObjects => Array.isArray(v) && v.every((e) => Array.isArray(e) && typeof e[0] === "number" && Array.isArray(e[1]));

/** How much of the index was merged again and how much came from the cache (groups of every segment). */
export interface MergeStats {
  groupsMerged: number;
  groupsReused: number;
  segmentsMerged: number;
}

/**
 * The index objects (bodies stored in the cache); returns every key with its digest in the
 * order the in-memory index lists them (by segment, each shard then its directory, by shard;
 * the manifest last), and how many groups were merged again.
 */
export function mergeSearchIndex(segments: readonly SegmentPostings[], shape: IndexShape, cache: BuildCache): { objects: [string, Digest][]; stats: MergeStats } {
  const stats: MergeStats = { groupsMerged: 0, groupsReused: 0, segmentsMerged: 0 };
  const objects = segments.flatMap((segment, k) => {
    const { datasets, shards } = segment;
    const keys = Array.from({ length: GROUPS }, (_, g) => {
      const hash = createHash("sha256").update(`index-group\u0000${k}\u0000${shards}\u0000${g}`);
      for (const d of datasets) hash.update(`\u0000${d.firstDoc}:${d.groups.tags[g]}`);
      return `index-group-${hash.digest("hex")}`;
    });
    const made = new Map<number, [string, Digest][]>();
    const needed: number[] = [];
    keys.forEach((key, g) => {
      const reused = cache.getEntry(key, isGroupObjects);
      if (reused && reused.every(([, objects]) => objects.every(([, d]) => hasBlob(cache.dir, d)))) for (const [shard, objects] of reused) made.set(shard, objects);
      else needed.push(g);
    });
    if (needed.length) mergeGroups(datasets, needed, k, shards, cache, (g, objects) => cache.putEntry(keys[g]!, objects), made);
    stats.groupsMerged += needed.length;
    stats.groupsReused += GROUPS - needed.length;
    stats.segmentsMerged += needed.length ? 1 : 0;
    return Array.from({ length: shards }, (_, s) => made.get(s)!).flat();
  });
  const [key, body] = searchManifestObject(shape.catalog, shape.docs, shape.segments);
  return { objects: [...objects, [key, cache.putBlob(body)]], stats };
}

/** Merges the groups `needed` afresh: one pass over the datasets spilling those groups' lists, then each group's shards. */
function mergeGroups(datasets: readonly DatasetPostings[], needed: readonly number[], segment: number, shards: number, cache: BuildCache, remember: (g: number, objects: GroupObjects) => void, made: Map<number, [string, Digest][]>): void {
  const dir = mkdtempSync(join(tmpdir(), "search-merge-"));
  try {
    // Each needed group's pending bytes, written out when full: no allocation per list.
    const spills = new Map<number, { fd: number; bytes: Uint8Array; view: DataView; used: number }>(
      needed.map((g): [number, { fd: number; bytes: Uint8Array; view: DataView; used: number }] => {
        const bytes = new Uint8Array(FLUSH_BYTES);
        return [g, { fd: openSync(join(dir, `${g}.bin`), "w"), bytes, view: new DataView(bytes.buffer), used: 0 }];
      }),
    );
    const flush = (spill: { fd: number; bytes: Uint8Array; used: number }) => {
      if (spill.used) writeSync(spill.fd, spill.bytes, 0, spill.used);
      spill.used = 0;
    };
    for (const d of datasets) {
      const { offsets } = d.groups;
      const fd = openSync(blobPath(cache.dir, d.postings), "r");
      try {
        for (const g of needed) {
          const [start, end] = [offsets[g]!, offsets[g + 1]!];
          if (start === end) continue;
          const range = new Uint8Array(end - start);
          readSync(fd, range, 0, range.length, start);
          const spill = spills.get(g)!;
          for (const [gram, list] of readLists(range)) {
            for (let k = 0; k < list.length; k += 2) list[k]! += d.firstDoc;
            const size = listBytes(gram, list);
            if (spill.used + size > FLUSH_BYTES) flush(spill);
            if (size > FLUSH_BYTES) {
              const record = new Uint8Array(size);
              writeList(record, new DataView(record.buffer), 0, gram, list);
              writeSync(spill.fd, record);
            } else spill.used = writeList(spill.bytes, spill.view, spill.used, gram, list);
          }
        }
      } finally {
        closeSync(fd);
      }
    }
    for (const spill of spills.values()) {
      flush(spill);
      closeSync(spill.fd);
    }
    for (const g of needed) {
      // A group's lists are in catalogue order (appended dataset by dataset), so joining a gram's keeps it sorted.
      const byShard = new Map<number, Map<string, Uint32Array[]>>();
      for (let s = g; s < shards; s += GROUPS) byShard.set(s, new Map());
      const bytes = readFileSync(join(dir, `${g}.bin`));
      for (let at = 0; at < bytes.length; ) {
        const end = listEnd(bytes, at);
        for (const [gram, list] of readLists(bytes, at, end)) {
          const parts = byShard.get(shardOfGroupGram(gram, shards))!;
          const got = parts.get(gram);
          if (got) got.push(list);
          else parts.set(gram, [list]);
        }
        at = end;
      }
      const objects: GroupObjects = [];
      for (const [shard, parts] of byShard) {
        const lists = [...parts].map(([gram, chunks]): [string, Uint32Array] => [gram, chunks.length === 1 ? chunks[0]! : joined(chunks)]);
        const stored = shardObjects(segment, shard, lists).map(([key, body]): [string, Digest] => [key, cache.putBlob(body)]);
        made.set(shard, stored);
        objects.push([shard, stored]);
      }
      remember(g, objects);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const shardCache = new Map<string, number>();
/** A gram's shard (memoised: a merge asks it for every list of every dataset). */
function shardOfGroupGram(gram: string, shards: number): number {
  const key = `${shards}\u0000${gram}`;
  let s = shardCache.get(key);
  if (s === undefined) shardCache.set(key, (s = shardOf(gram, shards)));
  return s;
}

function joined(chunks: readonly Uint32Array[]): Uint32Array {
  const out = new Uint32Array(chunks.reduce((n, c) => n + c.length, 0));
  let k = 0;
  for (const c of chunks) {
    out.set(c, k);
    k += c.length;
  }
  return out;
}
