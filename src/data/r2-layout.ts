/**
 * Where a build lives in the R2 bucket: the keys the Worker reads and `npm run publish:r2`
 * writes (the objects themselves are made by the build, scripts/pipeline/r2-objects.ts).
 * Every object is immutable: a dataset's keys carry its version, an index object's carry a
 * tag of its own bytes, a catalogue's its version. One small mutable object, the pointer,
 * names the build the Worker serves, so switching builds is one write and no request ever
 * reads objects of two builds.
 */
import type { Digest } from "../lib/checksum";
import { fnv1a64 } from "../lib/hash";

/** A dataset's objects live under its id and version; its contents object lists the others with their digests (dataset-contents.ts). */
export const datasetPrefix = (id: string, version: string) => `v1/datasets/${id}/${version}/`;
export const DATASET_CONTENTS = "contents.json";
export const contentsKey = (id: string, version: string) => datasetPrefix(id, version) + DATASET_CONTENTS;
export const datasetKey = (id: string, version: string) => `${datasetPrefix(id, version)}dataset.json`;
export const tableKey = (id: string, version: string, table: string) => `${datasetPrefix(id, version)}tables/${table}.json`;
/** Byte offsets of each row in a table's JSON object, and each row's checksum: a hit reads its row alone, not the table. */
export const rowOffsetsKey = (id: string, version: string, table: string) => `${datasetPrefix(id, version)}tables/${table}.offsets.bin`;

/** The objects that span every dataset (search index, sums) by name; their keys add a tag of their bytes (indexKey). */
export const SEARCH_MANIFEST = "search/manifest.json";
export const searchDirectoryName = (directory: number) => `search/directory-${directory}.json`;
/** A shard of a segment, named by the segment's name (the id of its first dataset), not its place: a segment keeps its keys when others come or go. */
export const searchShardName = (segment: string, shard: number) => `search/${segment}/shard-${shard}.bin`;
export const sumsName = (family: string) => `sums/${family}.json`;
export const rollupName = (family: string) => `sums/${family}.by-year.json`;
export const INDEX_PREFIX = "v1/index/";
/** An index object's key: unchanged bytes keep their key from build to build, so publishing uploads only what changed. */
export const indexKey = (tag: string, name: string) => `${INDEX_PREFIX}${tag}/${name}`;

/** A build's catalogue (data/catalog.json as published), and the pointer that names the build served. */
export const catalogKey = (version: string) => `v1/catalogs/${version}.json`;
export const POINTER_KEY = "v1/current.json";

/** What the pointer says: the build, and its catalogue's key and digest (checked when read). */
export interface BuildPointer {
  format: 1;
  build: string;
  catalog: { key: string; digest: Digest };
}

/** The key of each index object by name, from the keys of a build (its catalogue's digests, or the objects made). */
export type IndexKeys = ReadonlyMap<string, string>;
export function indexKeys(keys: Iterable<string>): IndexKeys {
  const out = new Map<string, string>();
  for (const key of keys) {
    if (!key.startsWith(INDEX_PREFIX)) continue;
    const rest = key.slice(INDEX_PREFIX.length);
    out.set(rest.slice(rest.indexOf("/") + 1), key);
  }
  return out;
}

/**
 * The index is cut into segments of consecutive datasets (in catalogue order), each with its own
 * doc numbering (from its first dataset's first row) and its own shards: a changed document
 * rewrites its segment's shards and no other, so a rebuild and a publication after one change
 * cost a segment, not the index. One directory for the whole index (spread over a few objects
 * by a hash of the pair) says in which segments a pair stands and where: a lookup reads one
 * directory entry, then one range in each segment that has the pair, and joins them.
 *
 * Where a segment ends follows from its datasets' ids, not from their places (segmentLengths):
 * after a dataset whose id hashes to 0 modulo the segment size, so a document added or removed
 * mid-catalogue moves the cut of its own segment only, and every other segment keeps its
 * datasets, bytes and keys. The size is SEGMENT_DATASETS, doubled while the catalogue would
 * have more than MAX_SEGMENTS segments of that size; a segment is cut after MAX_RUN sizes at most.
 */
export const SEGMENT_DATASETS = 256;
export const MAX_SEGMENTS = 64;
const MAX_RUN = 4;
/** The most segments a Worker accepts in a manifest: the cuts fall by hash, so a catalogue may have a few more than MAX_SEGMENTS. */
export const MAX_SEGMENTS_READ = 4 * MAX_SEGMENTS;
/** Datasets per segment (on average) for a catalogue of this many. */
export function segmentSizeFor(datasets: number): number {
  let size = SEGMENT_DATASETS;
  while (Math.ceil(datasets / size) > MAX_SEGMENTS) size *= 2;
  return size;
}

/**
 * A 32-bit hash of an id for the cuts: FNV-1a's halves folded, then MurmurHash3's finalizer, since
 * FNV-1a alone changes few of its bits for a change in an id's last characters, and ids of a
 * province differ there.
 */
function cutHash(id: string): number {
  const h = fnv1a64(id);
  let x = (parseInt(h.slice(0, 8), 16) ^ parseInt(h.slice(8), 16)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The datasets of each segment, in order, for datasets with these ids (segments of `size` on average). */
export function segmentLengths(ids: readonly string[], size: number): number[] {
  const out: number[] = [];
  let run = 0;
  ids.forEach((id, i) => {
    run++;
    if (run >= MAX_RUN * size || cutHash(id) % size === 0 || i === ids.length - 1) {
      out.push(run);
      run = 0;
    }
  });
  return out;
}

/**
 * Within a segment, posting lists are spread over shard objects by a hash of the bigram. At least
 * this many shards; a large segment gets more (shardCountFor), so that a shard stays a few MB.
 * The manifest says how many.
 */
export const SEARCH_SHARDS = 64;
export const MAX_SEARCH_SHARDS = 4096;
/** Index bytes a shard may hold before the build doubles the shards. */
export const SHARD_TARGET_BYTES = 4 * 1024 * 1024;
export const shardOf = (gram: string, shards = SEARCH_SHARDS) => parseInt(fnv1a64(gram).slice(-4), 16) % shards;
/** The shards for a segment of this many bytes: a power of two from SEARCH_SHARDS to MAX_SEARCH_SHARDS. */
export function shardCountFor(indexBytes: number): number {
  let shards = SEARCH_SHARDS;
  while (shards < MAX_SEARCH_SHARDS && indexBytes / shards > SHARD_TARGET_BYTES) shards *= 2;
  return shards;
}

/** One segment of the index: its name (its first dataset's id), how many datasets it covers (after the previous segments'), the rows it numbers, its shards. */
export interface SearchSegment {
  name: string;
  datasets: number;
  docs: number;
  shards: number;
}

/** Directory objects: at least this many, doubled while each would hold more than DIRECTORY_TARGET_ENTRIES (pair, segment) entries. */
export const SEARCH_DIRECTORIES = 64;
export const MAX_SEARCH_DIRECTORIES = 4096;
export const DIRECTORY_TARGET_ENTRIES = 2048;
export function directoryCountFor(entries: number): number {
  let directories = SEARCH_DIRECTORIES;
  while (directories < MAX_SEARCH_DIRECTORIES && entries / directories > DIRECTORY_TARGET_ENTRIES) directories *= 2;
  return directories;
}

/** What a Worker checks before it trusts the index: that it is of this catalogue, and how it is cut. */
export interface SearchManifest {
  format: 3;
  catalog: string;
  /** Rows indexed (docSpace(catalogue).size). */
  docs: number;
  /** Directory objects (a pair's entry is in directory shardOf(pair, directories)). */
  directories: number;
  segments: SearchSegment[];
}

/** One shard's directory: bigram → [byte offset, byte length, FNV-1a of those bytes] in the shard object (what the build keeps of each segment's shards). */
export type ShardDirectory = Record<string, [number, number, number]>;

/**
 * One directory object of the index: bigram → for each segment where it stands, in segment
 * order, four numbers: the segment, then the byte offset, byte length and FNV-1a of its list in
 * that segment's shard (shardOf(pair, that segment's shards)).
 */
export type SearchDirectory = Record<string, number[]>;

export type R2Object = [key: string, body: string | Uint8Array];

/** A table's row offsets object read back: the n + 1 offsets and the n rows' checksums. */
export function splitRowOffsets(words: Uint32Array): { offsets: Uint32Array; checksums: Uint32Array } | null {
  if (words.length % 2 !== 1) return null;
  const n = (words.length - 1) / 2;
  return { offsets: words.subarray(0, n + 1), checksums: words.subarray(n + 1) };
}
