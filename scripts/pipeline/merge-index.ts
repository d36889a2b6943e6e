/**
 * The search index of a whole build, merged from each dataset's own posting lists without
 * holding the index in memory, and incrementally. The index is cut into segments of datasets
 * (r2-layout.ts), each numbered from its own first row, so a changed document changes its own
 * segment only. Within a segment, shards are merged in 64 groups (shard % 64), and a group whose
 * inputs are those of an earlier build (the segment, its shard count, and for every dataset in
 * order its first doc number in the segment and the tag of its lists in that group) is taken from
 * the cache as it was, without reading a list. Only the groups a change touches are merged
 * again, each from its byte range of every dataset's lists in the segment (grouped by the thread
 * that built it, postings-groups.ts). Memory is one group of one segment.
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { isDigest, type Digest } from "../../src/lib/checksum";
import { joinPostings } from "../../src/data/postings-codec";
import { shardOf, type SearchSegment, type ShardDirectory } from "../../src/data/r2-layout";
import type { BuildCache } from "./build-cache";
import { blobPath, hasBlob } from "./cache-blob";
import { GROUPS, type PostingGroups } from "./postings-groups";
import { readLists } from "./postings-file";
import { directoryObjects, searchManifestObject, shardObject } from "./r2-objects";

/** One dataset's grouped lists (their digest and groups, postings-groups.ts) and its first doc number in its segment. */
export interface DatasetPostings {
  firstDoc: number;
  postings: Digest;
  groups: PostingGroups;
}

/** A segment's name (its first dataset's id), its datasets in catalogue order, and its shard count. */
export interface SegmentPostings {
  name: string;
  datasets: DatasetPostings[];
  shards: number;
}

/** What the manifest says of the whole index, and the version of the code that merges it (pipeline-version.ts): a cached group is reused only under the same. */
export interface IndexShape {
  version: string;
  catalog: string;
  docs: number;
  segments: SearchSegment[];
}

/** A shard as a group of a segment keeps it: its object (published) and the blob of its directory (for the index's directory objects). */
type MadeShard = { object: [string, Digest]; directory: Digest };
type GroupObjects = [shard: number, made: MadeShard][];
const isGroupObjects = (v: unknown): v is GroupObjects =>
  Array.isArray(v) && v.every((e) => Array.isArray(e) && typeof e[0] === "number" && Array.isArray(e[1]?.object) && isDigest(e[1].object[1]) && isDigest(e[1].directory));

/** The cache entries and bodies the merge used besides the index's objects (its groups' entries and shard directories): what a pruning keeps. */
export interface CacheUse {
  entries: string[];
  blobs: Digest[];
}

/** How much of the index was merged again and how much came from the cache (groups of every segment). */
export interface MergeStats {
  groupsMerged: number;
  groupsReused: number;
  segmentsMerged: number;
}

/**
 * The index objects (bodies stored in the cache); returns every key with its digest in the
 * order the in-memory index lists them (each segment's shards, by segment then shard; the
 * directory objects; the manifest last), and how many groups were merged again.
 */
export function mergeSearchIndex(segments: readonly SegmentPostings[], shape: IndexShape, cache: BuildCache): { objects: [string, Digest][]; stats: MergeStats; used: CacheUse } {
  const stats: MergeStats = { groupsMerged: 0, groupsReused: 0, segmentsMerged: 0 };
  const used: CacheUse = { entries: [], blobs: [] };
  const made = segments.map((segment) => {
    const { name, datasets, shards } = segment;
    // Keyed by the segment's name, not its place: a segment others are added before is taken from the cache.
    const keys = Array.from({ length: GROUPS }, (_, g) => {
      const hash = createHash("sha256").update(`index-group-3\u0000${shape.version}\u0000${name}\u0000${shards}\u0000${g}`);
      for (const d of datasets) hash.update(`\u0000${d.firstDoc}:${d.groups.tags[g]}`);
      return `index-group-${hash.digest("hex")}`;
    });
    const byShard = new Map<number, MadeShard>();
    const needed: number[] = [];
    keys.forEach((key, g) => {
      const reused = cache.getEntry(key, isGroupObjects);
      if (reused && reused.every(([, m]) => hasBlob(cache.dir, m.object[1]) && hasBlob(cache.dir, m.directory))) for (const [shard, m] of reused) byShard.set(shard, m);
      else needed.push(g);
    });
    if (needed.length) mergeGroups(datasets, needed, name, shards, cache, (g, objects) => cache.putEntry(keys[g]!, objects), byShard);
    stats.groupsMerged += needed.length;
    stats.groupsReused += GROUPS - needed.length;
    stats.segmentsMerged += needed.length ? 1 : 0;
    used.entries.push(...keys);
    return Array.from({ length: shards }, (_, s) => byShard.get(s)!);
  });
  const { key: directoriesKey, objects: directories } = mergeDirectories(made, shape.version, cache);
  used.entries.push(directoriesKey);
  for (const shards of made) for (const m of shards) used.blobs.push(m.directory);
  const [key, body] = searchManifestObject(shape.catalog, shape.docs, directories.length, shape.segments);
  return { objects: [...made.flatMap((shards) => shards.map((m) => m.object)), ...directories, [key, cache.putBlob(body)]], stats, used };
}

const isObjectList = (v: unknown): v is [string, Digest][] => Array.isArray(v) && v.every((e) => Array.isArray(e) && typeof e[0] === "string" && isDigest(e[1]));

/**
 * The directory objects, which say where every pair stands in every segment: made from the
 * segments' shard directories, or taken from the cache when those are the same as an earlier build's.
 */
function mergeDirectories(made: readonly MadeShard[][], version: string, cache: BuildCache): { key: string; objects: [string, Digest][] } {
  const hash = createHash("sha256").update(`index-directories-1\u0000${version}`);
  made.forEach((shards, k) => shards.forEach((m) => hash.update(`\u0000${k}:${m.directory[1]}`)));
  const key = `index-directories-${hash.digest("hex")}`;
  const reused = cache.getEntry(key, isObjectList);
  if (reused && reused.every(([, d]) => hasBlob(cache.dir, d))) return { key, objects: reused };
  const directories = directoryObjects(
    (function* () {
      for (const [k, shards] of made.entries()) for (const m of shards) yield [k, JSON.parse(blobText(cache, m.directory)) as ShardDirectory] as const;
    })(),
  ).map(([name, body]): [string, Digest] => [name, cache.putBlob(body)]);
  cache.putEntry(key, directories);
  return { key, objects: directories };
}

function blobText(cache: BuildCache, digest: Digest): string {
  const bytes = cache.getBlob(digest);
  if (!bytes) throw new Error(`the build cache (${cache.dir}) lost a shard directory it just checked (${digest[1]})`);
  return bytes.toString("utf8");
}

/**
 * Merges the groups `needed` afresh, one at a time: each dataset's byte range of the group read
 * (a segment is a few hundred datasets, so a few hundred reads a group), renumbered from the
 * dataset's first doc in the segment, and the group's shards written.
 */
function mergeGroups(datasets: readonly DatasetPostings[], needed: readonly number[], segment: string, shards: number, cache: BuildCache, remember: (g: number, objects: GroupObjects) => void, made: Map<number, MadeShard>): void {
  const files = new OpenFiles();
  try {
    for (const g of needed) mergeGroup(g);
  } finally {
    files.close();
  }

  function mergeGroup(g: number): void {
    // Datasets in catalogue order, so a gram's chunks joined in that order stay sorted by doc.
    const byShard = new Map<number, Map<string, Uint32Array[]>>();
    for (let s = g; s < shards; s += GROUPS) byShard.set(s, new Map());
    for (const d of datasets) {
      const [start, end] = [d.groups.offsets[g]!, d.groups.offsets[g + 1]!];
      if (start === end) continue;
      const range = files.read(blobPath(cache.dir, d.postings), start, end);
      for (const [gram, list] of readLists(range)) {
        if (d.firstDoc) for (let k = 0; k < list.length; k += 2) list[k]! += d.firstDoc;
        const parts = byShard.get(shardOfGroupGram(gram, shards))!;
        const got = parts.get(gram);
        if (got) got.push(list);
        else parts.set(gram, [list]);
      }
    }
    const objects: GroupObjects = [];
    for (const [shard, parts] of byShard) {
      const lists = [...parts].map(([gram, chunks]): [string, Uint32Array] => [gram, joinPostings(chunks)]);
      const { object, directory } = shardObject(segment, shard, lists);
      const stored: MadeShard = { object: [object[0], cache.putBlob(object[1])], directory: cache.putBlob(JSON.stringify(directory)) };
      made.set(shard, stored);
      objects.push([shard, stored]);
    }
    remember(g, objects);
  }
}

/** Files read by byte range, each opened once while no more than MAX_OPEN are (a segment's datasets are read 64 times, once a group). */
class OpenFiles {
  static readonly MAX_OPEN = 512;
  private readonly fds = new Map<string, number>();

  read(path: string, start: number, end: number): Uint8Array {
    let fd = this.fds.get(path);
    const kept = fd !== undefined || this.fds.size < OpenFiles.MAX_OPEN;
    fd ??= openSync(path, "r");
    if (kept) this.fds.set(path, fd);
    try {
      const out = new Uint8Array(end - start);
      for (let at = 0; at < out.length; ) {
        const n = readSync(fd, out, at, out.length - at, start + at);
        if (n === 0) throw new Error(`${path} ends before byte ${end}`);
        at += n;
      }
      return out;
    } finally {
      if (!kept) closeSync(fd);
    }
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
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
