/**
 * The R2 backend's side of search: the build's index (a manifest, 64 shards each with its
 * directory) read a byte range at a time, and the rows of a page of hits read one row each
 * through the tables' offset objects: a search reads the same number of objects at any N
 * (its bytes grow with the places its words stand). Every read is checked (r2-read.ts).
 */
import { ProblemError } from "../lib/problem";
import type { PublishedRow } from "../schema/bundle";
import { docSpace } from "./doc-space";
import { decodeWords, NO_POSTINGS, type Postings } from "./postings-codec";
import { MAX_SEARCH_SHARDS, rowOffsetsKey, SEARCH_MANIFEST, SEARCH_SHARDS, searchDirectoryName, searchShardName, shardOf, splitRowOffsets, tableKey, type SearchManifest, type ShardDirectory } from "./r2-layout";
import { BudgetCache } from "./budget-cache";
import { damagedObject, isObject, type CheckedReader } from "./r2-read";
import type { Catalog, SearchIndex } from "./store";

/** Posting lists kept per isolate, at most this many bytes, each counted with a fixed overhead (then the least recently used go first). */
export const POSTINGS_BUDGET = 16 * 1024 * 1024;

/** Row offsets of this many tables are kept per isolate. */
const MAX_OFFSET_TABLES = 2000;

const isShardCount = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= SEARCH_SHARDS && n <= MAX_SEARCH_SHARDS && (n & (n - 1)) === 0;
const isManifest = (v: unknown): v is SearchManifest => isObject(v) && v.format === 1 && typeof v.docs === "number" && typeof v.catalog === "string" && isShardCount(v.shards);
const isDirectory = (v: unknown): v is ShardDirectory =>
  isObject(v) && Object.values(v).every((e) => Array.isArray(e) && e.length === 3 && e.every((n) => Number.isInteger(n) && n >= 0));

const words = (bytes: Uint8Array) => decodeWords(bytes.slice().buffer as ArrayBuffer);

/** `keyOf` gives the key of an index object of this build by its name (r2-layout.ts). */
export function r2Search(read: CheckedReader, catalog: Catalog, keyOf: (name: string) => string) {
  const directories = new Map<number, Promise<ShardDirectory>>();
  // Misses are kept too (a pair that stands nowhere), each at the cache's fixed overhead.
  const postings = new BudgetCache<Postings>(POSTINGS_BUDGET, (list) => list.byteLength);
  let index: Promise<SearchIndex> | undefined;
  // Known once the manifest is read, which searchIndex() does before any lookup.
  let shards = SEARCH_SHARDS;

  function directory(shard: number): Promise<ShardDirectory> {
    let p = directories.get(shard);
    if (!p) {
      directories.set(shard, (p = read.json(keyOf(searchDirectoryName(shard)), isDirectory)));
      p.catch(() => directories.delete(shard));
    }
    return p;
  }

  async function fetchPostings(gram: string): Promise<Postings> {
    const shard = shardOf(gram, shards);
    const dir = await directory(shard);
    const at = Object.hasOwn(dir, gram) ? dir[gram] : undefined;
    if (!at) return NO_POSTINGS;
    const key = keyOf(searchShardName(shard));
    const list = words(await read.range(key, at[0], at[1], at[2]));
    // Whole (doc, place) pairs, as the build wrote them (the checksum held, so this is the directory's own fault).
    if (list.length % 2 !== 0) throw damagedObject(key, "倒排表不是成对的", "a posting list of unpaired words");
    return list;
  }

  const lookup = (gram: string): Promise<Postings> => postings.get(gram, () => fetchPostings(gram));

  const offsets = new Map<string, Promise<{ offsets: Uint32Array; checksums: Uint32Array }>>();
  function offsetsOf(dataset: string, version: string, table: string): Promise<{ offsets: Uint32Array; checksums: Uint32Array }> {
    const key = rowOffsetsKey(dataset, version, table);
    let p = offsets.get(key);
    if (!p) {
      // A few KB each; past this many tables the oldest are dropped, so memory stays bounded at any N.
      if (offsets.size >= MAX_OFFSET_TABLES) offsets.delete(offsets.keys().next().value!);
      offsets.set(
        key,
        (p = read.bytes(key).then((bytes) => {
          const split = bytes.length % 4 === 0 ? splitRowOffsets(words(bytes)) : null;
          if (!split) throw damagedObject(key, "不是行偏移与校验值", "not row offsets and checksums");
          return split;
        })),
      );
      p.catch(() => offsets.delete(key));
    }
    return p;
  }

  return {
    searchIndex(): Promise<SearchIndex> {
      index ??= read.json(keyOf(SEARCH_MANIFEST), isManifest).then((m) => {
        const space = docSpace(catalog.datasets);
        if (m.docs !== space.size) throw new ProblemError("data-unavailable", `The search index in the bucket numbers ${m.docs} rows, the catalogue ${space.size}; publish this build again.`);
        shards = m.shards;
        return { space, lookup };
      });
      index.catch(() => (index = undefined));
      return index;
    },
    /** What the posting cache holds (entries, bytes counted): bounded at any number of distinct searches. */
    postingStats: () => postings.stats(),
    /** One row of a search table by its position: the table's row offsets (read once, 8 bytes a row), then the row's bytes, checked. */
    async searchRow(dataset: string, version: string, table: string, row: number): Promise<PublishedRow | undefined> {
      const { offsets: bounds, checksums } = await offsetsOf(dataset, version, table);
      const [start, end, fnv] = [bounds[row], bounds[row + 1], checksums[row]];
      if (start === undefined || end === undefined || fnv === undefined || end <= start) return undefined;
      const key = tableKey(dataset, version, table);
      const value: unknown = JSON.parse(new TextDecoder().decode(await read.range(key, start, end - 1 - start, fnv)));
      if (!isObject(value)) throw damagedObject(key, "行不是对象", "a row that is not an object");
      return value as PublishedRow;
    },
  };
}
