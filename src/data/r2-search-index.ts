/**
 * The R2 backend's side of search: the build's index (a manifest, directory objects, and per
 * segment of datasets its shards) read a byte range at a time, and the rows of a page of hits
 * read one row each through the tables' offset objects. A search ranks a segment at a time: a
 * pair's lookup in a segment reads its directory entry (kept), then its one range in that
 * segment, if it stands there; its bytes grow with the places it stands. Every read is checked
 * (r2-read.ts).
 */
import { ProblemError } from "../lib/problem";
import type { PublishedRow } from "../schema/bundle";
import { docSpace, type DocSpace } from "./doc-space";
import { decodeWords, NO_POSTINGS, type Postings } from "./postings-codec";
import { MAX_SEARCH_DIRECTORIES, MAX_SEARCH_SHARDS, MAX_SEGMENTS_READ, rowOffsetsKey, SEARCH_DIRECTORIES, SEARCH_MANIFEST, SEARCH_SHARDS, searchDirectoryName, searchShardName, shardOf, splitRowOffsets, tableKey, type SearchDirectory, type SearchManifest, type SearchSegment } from "./r2-layout";
import { BudgetCache } from "./budget-cache";
import { damagedObject, isObject, type CheckedReader } from "./r2-read";
import type { Catalog, SearchIndex } from "./store";

/** Posting lists kept per isolate, at most this many bytes, each counted with a fixed overhead (then the least recently used go first). */
export const POSTINGS_BUDGET = 16 * 1024 * 1024;

/** Directory objects kept per isolate, at most this many bytes (each estimated from its entries). */
export const DIRECTORY_BUDGET = 16 * 1024 * 1024;
const DIRECTORY_ENTRY_BYTES = 96;

/** Row offsets of this many tables are kept per isolate. */
const MAX_OFFSET_TABLES = 2000;

const isPowerOfTwo = (n: unknown, least: number, most: number) => typeof n === "number" && Number.isInteger(n) && n >= least && n <= most && (n & (n - 1)) === 0;
const isShardCount = (n: unknown) => isPowerOfTwo(n, SEARCH_SHARDS, MAX_SEARCH_SHARDS);
const isCount = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 0;
const isSegment = (v: unknown): v is SearchSegment => isObject(v) && typeof v.name === "string" && isCount(v.datasets) && (v.datasets as number) > 0 && isCount(v.docs) && isShardCount(v.shards);
const isManifest = (v: unknown): v is SearchManifest =>
  isObject(v) && v.format === 3 && isCount(v.docs) && typeof v.catalog === "string" && isPowerOfTwo(v.directories, SEARCH_DIRECTORIES, MAX_SEARCH_DIRECTORIES) && Array.isArray(v.segments) && v.segments.length <= MAX_SEGMENTS_READ && v.segments.every(isSegment);
// Each entry: quads of (segment, offset, length, FNV-1a), segments rising.
const isDirectory = (v: unknown): v is SearchDirectory =>
  isObject(v) && Object.values(v).every((e) => Array.isArray(e) && e.length > 0 && e.length % 4 === 0 && e.every((n, i) => Number.isInteger(n) && n >= 0 && (i % 4 !== 0 || i === 0 || n > e[i - 4]!)));

const words = (bytes: Uint8Array) => decodeWords(bytes.slice().buffer as ArrayBuffer);

/** A segment as a lookup uses it: its name, its shards, and the catalogue's doc numbers of its first row and of the row after its last. */
interface Segment {
  name: string;
  shards: number;
  firstDoc: number;
  endDoc: number;
}

/** `keyOf` gives the key of an index object of this build by its name (r2-layout.ts). */
export function r2Search(read: CheckedReader, catalog: Catalog, keyOf: (name: string) => string) {
  const directories = new BudgetCache<SearchDirectory>(DIRECTORY_BUDGET, (dir) => Object.keys(dir).length * DIRECTORY_ENTRY_BYTES);
  // Misses are kept too (a pair that stands nowhere), each at the cache's fixed overhead.
  const postings = new BudgetCache<Postings>(POSTINGS_BUDGET, (list) => list.byteLength);
  let index: Promise<SearchIndex> | undefined;
  // Known once the manifest is read, which searchIndex() does before any lookup.
  let segments: Segment[] = [];
  let directoryCount = SEARCH_DIRECTORIES;

  const directory = (d: number): Promise<SearchDirectory> => directories.get(String(d), () => read.json(keyOf(searchDirectoryName(d)), isDirectory));

  /** The pair's list in segment k (where its directory entry says it is), numbered as the catalogue numbers rows. */
  async function segmentPostings(gram: string, k: number, [offset, length, fnv]: readonly number[]): Promise<Postings> {
    const segment = segments[k]!;
    const key = keyOf(searchShardName(segment.name, shardOf(gram, segment.shards)));
    const list = words(await read.range(key, offset, length, fnv));
    // Whole (doc, place) pairs, as the build wrote them (the checksum held, so this is the directory's own fault).
    if (list.length % 2 !== 0) throw damagedObject(key, "倒排表不是成对的", "a posting list of unpaired words");
    for (let i = 0; i < list.length; i += 2) list[i]! += segment.firstDoc;
    return list;
  }

  /** Where the pair stands in segment k by its directory entry (its quad), or undefined where it does not stand there. */
  async function placeIn(gram: string, k: number): Promise<number[] | undefined> {
    const d = shardOf(gram, directoryCount);
    const dir = await directory(d);
    const places = Object.hasOwn(dir, gram) ? dir[gram]! : undefined;
    let found: number[] | undefined;
    for (let i = 0; places && i < places.length; i += 4) {
      // An entry naming a segment the manifest does not have is damaged, whichever segment is asked for.
      if (places[i]! >= segments.length) throw damagedObject(keyOf(searchDirectoryName(d)), "目录指向不存在的分段", `a directory entry naming segment ${places[i]} of ${segments.length}`);
      if (places[i] === k) found = places.slice(i + 1, i + 4);
    }
    return found;
  }

  /** The pair's list in segment k (empty where it does not stand there). */
  async function fetchSegmentPostings(gram: string, k: number): Promise<Postings> {
    const at = await placeIn(gram, k);
    return at ? segmentPostings(gram, k, at) : NO_POSTINGS;
  }
  const segmentView = (s: Segment, k: number) => ({
    firstDoc: s.firstDoc,
    endDoc: s.endDoc,
    lookup: (gram: string) => postings.get(`${k}\u0000${gram}`, () => fetchSegmentPostings(gram, k)),
    has: async (gram: string) => (await placeIn(gram, k)) !== undefined,
  });

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
        segments = segmentsOf(m, space, catalog.datasets.map((d) => d.id));
        directoryCount = m.directories;
        return { space, segments: segments.map(segmentView) };
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

/** The manifest's segments placed in the catalogue's doc space, or a problem if they do not cover it exactly (an index of another build). */
function segmentsOf(m: SearchManifest, space: DocSpace, ids: readonly string[]): Segment[] {
  const datasets = ids.length;
  const stale = () =>
    new ProblemError(
      "data-unavailable",
      `数据存储中的搜索索引不属于本次构建（索引 ${m.segments.length} 段共 ${m.docs} 行，目录 ${datasets} 个数据集共 ${space.size} 行）；请为本次构建重新运行 npm run publish:r2。The search index in the bucket numbers ${m.docs} rows in ${m.segments.length} segment(s), the catalogue ${space.size} rows in ${datasets} dataset(s); publish this build again.`,
    );
  if (m.docs !== space.size) throw stale();
  const out: Segment[] = [];
  let first = 0;
  for (const s of m.segments) {
    const firstDoc = first < datasets ? space.range(first, 0)[0] : space.size;
    // A segment is named by its first dataset: another name is another build's cut.
    if (ids[first] !== s.name) throw stale();
    first += s.datasets;
    const end = first < datasets ? space.range(first, 0)[0] : space.size;
    if (first > datasets || end - firstDoc !== s.docs) throw stale();
    out.push({ name: s.name, shards: s.shards, firstDoc, endDoc: end });
  }
  if (first !== datasets) throw stale();
  return out;
}
