/**
 * The R2 backend's side of search: the build's index (a manifest, 64 shards each with its
 * directory) read a byte range at a time, and the rows of a page of hits read one row each
 * through the tables' offset objects: a search reads the same number of objects at any N
 * (its bytes grow with the places its words stand).
 */
import { ProblemError } from "../http/problem";
import type { PublishedRow } from "../schema/bundle";
import { docSpace } from "../search/doc-space";
import { decodePostings, decodeWords, NO_POSTINGS, type Postings } from "../search/postings";
import type { SearchIndex } from "../search/search-index";
import { rowOffsetsKey, searchDirectoryKey, searchManifestKey, searchShardKey, shardOf, tableKey, type SearchManifest, type ShardDirectory } from "./r2-layout";
import { BudgetCache } from "./budget-cache";
import { readBytes, readJson, type R2Reader } from "./r2-read";
import type { Catalog } from "./store";

/** Posting lists kept per isolate, at most this many bytes, each counted with a fixed overhead (then the least recently used go first). */
export const POSTINGS_BUDGET = 16 * 1024 * 1024;

/** Row offsets of this many tables are kept per isolate. */
const MAX_OFFSET_TABLES = 2000;

export function r2Search(bucket: R2Reader, catalog: Catalog) {
  const directories = new Map<number, Promise<ShardDirectory>>();
  // Misses are kept too (a pair that stands nowhere), each at the cache's fixed overhead.
  const postings = new BudgetCache<Postings>(POSTINGS_BUDGET, (list) => list.byteLength);
  let index: Promise<SearchIndex> | undefined;

  function directory(shard: number): Promise<ShardDirectory> {
    let p = directories.get(shard);
    if (!p) {
      directories.set(shard, (p = readJson<ShardDirectory>(bucket, searchDirectoryKey(catalog.version, shard))));
      p.catch(() => directories.delete(shard));
    }
    return p;
  }

  async function fetchPostings(gram: string): Promise<Postings> {
    const shard = shardOf(gram);
    const dir = await directory(shard);
    const at = Object.hasOwn(dir, gram) ? dir[gram] : undefined;
    if (!at) return NO_POSTINGS;
    return decodePostings(await readBytes(bucket, searchShardKey(catalog.version, shard), { offset: at[0], length: at[1] }));
  }

  const lookup = (gram: string): Promise<Postings> => postings.get(gram, () => fetchPostings(gram));

  const offsets = new Map<string, Promise<Uint32Array>>();
  function offsetsOf(dataset: string, version: string, table: string): Promise<Uint32Array> {
    const key = rowOffsetsKey(dataset, version, table);
    let p = offsets.get(key);
    if (!p) {
      // A few KB each; past this many tables the oldest are dropped, so memory stays bounded at any N.
      if (offsets.size >= MAX_OFFSET_TABLES) offsets.delete(offsets.keys().next().value!);
      offsets.set(key, (p = readBytes(bucket, key).then(decodeWords)));
      p.catch(() => offsets.delete(key));
    }
    return p;
  }

  return {
    searchIndex(): Promise<SearchIndex> {
      index ??= readJson<SearchManifest>(bucket, searchManifestKey(catalog.version)).then((m) => {
        const space = docSpace(catalog.datasets);
        if (m.docs !== space.size) throw new ProblemError("data-unavailable", `The search index in the bucket numbers ${m.docs} rows, the catalogue ${space.size}; publish this build again.`);
        return { space, lookup };
      });
      index.catch(() => (index = undefined));
      return index;
    },
    /** What the posting cache holds (entries, bytes counted): bounded at any number of distinct searches. */
    postingStats: () => postings.stats(),
    /** One row of a search table by its position: the table's row offsets (read once, 4 bytes a row), then the row's bytes. */
    async searchRow(dataset: string, version: string, table: string, row: number): Promise<PublishedRow | undefined> {
      const bounds = await offsetsOf(dataset, version, table);
      const [start, end] = [bounds[row], bounds[row + 1]];
      if (start === undefined || end === undefined || end <= start) return undefined;
      return JSON.parse(new TextDecoder().decode(await readBytes(bucket, tableKey(dataset, version, table), { offset: start, length: end - 1 - start }))) as PublishedRow;
    },
  };
}
