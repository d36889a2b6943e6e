/**
 * The objects a build publishes to the R2 bucket (keys in src/data/r2-layout.ts): per dataset
 * its record and tables (with row offsets for the search tables) and its contents object (their
 * digests), and across datasets the search index and the sums of the facts. Pure functions of the data, without Node's modules:
 * the build, `npm run publish:r2`, the benchmarks and the R2 test project (in workerd) all make
 * the same bytes.
 */
import { catalogVersion } from "../../src/data/table-data";
import { catalogEntry } from "../../src/data/catalog-file";
import { contentsTables, type DatasetContents } from "../../src/data/dataset-contents";
import { digestOf, fnv1a32, type Digest } from "../../src/lib/checksum";
import { catalogKey, datasetKey, datasetPrefix, contentsKey, indexKey, POINTER_KEY, type BuildPointer, rollupName, rowOffsetsKey, SEARCH_MANIFEST, directoryCountFor, searchDirectoryName, searchShardName, segmentLengths, segmentSizeFor, shardCountFor, shardOf, sumsName, tableKey, type R2Object, type SearchDirectory, type SearchManifest, type SearchSegment, type ShardDirectory } from "../../src/data/r2-layout";
import { SUM_FAMILIES, sumFacts, type SumRow } from "../../src/query/fact-sums";
import { FamilySumsBuilder } from "./sums-builder";
import type { AppliedCorrection, Check, DatasetMeta } from "../../src/schema/dataset";
import type { PublishedRow } from "../../src/schema/bundle";
import { TABLES } from "../../src/schema/tables";
import { docSpace } from "../../src/data/doc-space";
import { encodePostings, type Postings } from "../../src/data/postings-codec";
import { buildPostings } from "../../src/search/postings";
import { SEARCH_TABLES } from "../../src/schema/search-scope";
import { tableJson, type DatasetJson, type TableJson } from "./published-json";

interface BundleLike {
  datasets: { meta: DatasetMeta; checks: readonly Check[]; report: { notes: readonly string[] }; tables: Record<string, readonly PublishedRow[]> }[];
}

/** 16 hex digits of two FNV-1a passes (different offset bases) over the bytes: an index object's key tag. Not cryptographic; the catalogue's SHA-256 still checks every object read. */
export function contentTag(body: string | Uint8Array): string {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(b ^ bytes[i]!, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** An index object under its content-tagged key. */
export const indexObject = (name: string, body: string | Uint8Array): R2Object => [indexKey(contentTag(body), name), body];

/** A dataset's record: what its page needs beyond the catalogue (`checksJson`: JSON.stringify(checks), when the build has made it). */
export function datasetRecordObject(id: string, version: string, record: { corrections: readonly AppliedCorrection[]; checks: readonly Check[]; notes: readonly string[]; checksJson?: string }): R2Object {
  // JSON.stringify({ corrections, checks, notes }), the checks as given.
  const checks = record.checksJson ?? JSON.stringify(record.checks);
  return [datasetKey(id, version), `{"corrections":${JSON.stringify(record.corrections)},"checks":${checks},"notes":${JSON.stringify(record.notes)}}`];
}

/**
 * A table as stored (its JSON), and where each row's JSON starts and ends in its bytes: n + 1
 * offsets, then each row's FNV-1a (a row read alone is checked against it). `json` is the
 * table's JSON when the build has made it already (published-json.ts): the body is then its
 * bytes, as the build passes them on to the cache; else the JSON's text.
 */
export function tableObjects(id: string, version: string, table: string, rows: readonly PublishedRow[], json?: TableJson): R2Object[] {
  const { bytes, offsets } = json ?? tableJson(rows);
  const out: R2Object[] = [[tableKey(id, version, table), json ? bytes : new TextDecoder().decode(bytes)]];
  if (!SEARCH_TABLES.some((s) => s.table === table)) return out;
  const words = new Uint32Array(2 * rows.length + 1);
  words.set(offsets);
  for (let i = 0; i < rows.length; i++) words[rows.length + 1 + i] = fnv1a32(bytes.subarray(offsets[i]!, offsets[i + 1]! - 1));
  out.push([rowOffsetsKey(id, version, table), encodePostings(words)]);
  return out;
}

/** One dataset's objects but its contents object: its record, then its tables (from their JSON when the build passes it along, published-json.ts). */
export function datasetObjects(d: BundleLike["datasets"][number] & { json?: DatasetJson }): R2Object[] {
  return [
    datasetRecordObject(d.meta.id, d.meta.version, { corrections: d.meta.corrections, checks: d.checks, notes: d.report.notes, checksJson: d.json?.checks }),
    ...Object.entries(d.tables).flatMap(([t, rows]) => tableObjects(d.meta.id, d.meta.version, t, rows, d.json?.tables[t])),
  ];
}

/** A dataset's contents object (dataset-contents.ts): its tables' printed details and its other objects' digests, by key after the dataset's prefix. */
export function contentsObject(meta: Pick<DatasetMeta, "id" | "version" | "tables">, objects: readonly (readonly [name: string, digest: Digest])[]): R2Object {
  const contents: DatasetContents = { format: 1, tables: contentsTables(meta.tables), objects: Object.fromEntries(objects) };
  return [contentsKey(meta.id, meta.version), JSON.stringify(contents)];
}

/** One dataset's objects with its contents object last. */
export async function datasetObjectsWithContents(d: BundleLike["datasets"][number]): Promise<R2Object[]> {
  const objects = datasetObjects(d);
  const prefix = datasetPrefix(d.meta.id, d.meta.version);
  const digests = await Promise.all(objects.map(async ([key, body]) => [key.slice(prefix.length), await digestOf(body)] as const));
  return [...objects, contentsObject(d.meta, digests)];
}

/**
 * One shard of a segment of the search index: its posting lists back to back (grams in
 * code-unit order), and where each list is in it (what the index's directory says, directoryObjects).
 */
export function shardObject(segment: string, shard: number, lists: Iterable<readonly [string, Postings]>): { object: R2Object; directory: ShardDirectory } {
  const sorted = [...lists].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const directory: ShardDirectory = {};
  const parts = sorted.map(([, list]) => encodePostings(list));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  sorted.forEach(([gram], i) => {
    const bytes = parts[i]!;
    directory[gram] = [at, bytes.length, fnv1a32(bytes)];
    out.set(bytes, at);
    at += bytes.length;
  });
  return { object: indexObject(searchShardName(segment, shard), out), directory };
}

/**
 * The index's directory objects, from each segment's shard directories given in segment order:
 * for every pair, where it stands in each segment (SearchDirectory), spread over objects by a
 * hash of the pair (`count` overrides the size rule, for tests).
 */
export function directoryObjects(directories: Iterable<readonly [segment: number, directory: ShardDirectory]>, count?: number): R2Object[] {
  const entries = new Map<string, number[]>();
  let total = 0;
  for (const [segment, directory] of directories) {
    for (const [gram, [offset, length, fnv]] of Object.entries(directory)) {
      const places = entries.get(gram);
      if (places) places.push(segment, offset, length, fnv);
      else entries.set(gram, [segment, offset, length, fnv]);
      total++;
    }
  }
  const n = count ?? directoryCountFor(total);
  const byObject: string[][] = Array.from({ length: n }, () => []);
  for (const gram of entries.keys()) byObject[shardOf(gram, n)]!.push(gram);
  return byObject.map((grams, d) => {
    const body: SearchDirectory = {};
    for (const gram of grams.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) body[gram] = entries.get(gram)!;
    return indexObject(searchDirectoryName(d), JSON.stringify(body));
  });
}

/** The index's manifest: written last, so a reader that finds it finds every shard. */
export const searchManifestObject = (catalog: string, docs: number, directories: number, segments: readonly SearchSegment[]): R2Object =>
  indexObject(SEARCH_MANIFEST, JSON.stringify({ format: 3, catalog, docs, directories, segments: [...segments] } satisfies SearchManifest));

/** The bytes posting lists take in shards (what shardCountFor is given). */
export function postingsBytes(lists: Iterable<Postings>): number {
  let n = 0;
  for (const l of lists) n += l.length * 4;
  return n;
}

/** The items of each segment (consecutive runs), for items with these ids and segments of `size` on average (segmentLengths). */
export function segmentsOf<T>(items: readonly T[], ids: readonly string[], size: number): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const n of segmentLengths(ids, size)) {
    out.push(items.slice(at, at + n));
    at += n;
  }
  return out;
}

/**
 * The search index of the datasets, made in memory: each segment's shards, then the directory
 * objects, then the manifest. `shape` overrides the size rules, for tests.
 */
export function searchIndexObjects(bundle: BundleLike, shape: { shards?: number; segmentSize?: number; directories?: number } = {}): R2Object[] {
  const metas = bundle.datasets.map((d) => catalogEntry(d.meta));
  const segments: SearchSegment[] = [];
  const directories: [number, ShardDirectory][] = [];
  const ids = metas.map((m) => m.id);
  const segmentShards = segmentsOf(bundle.datasets, ids, shape.segmentSize ?? segmentSizeFor(ids.length)).flatMap((datasets, segment) => {
    const name = datasets[0]!.meta.id;
    // Numbered from the segment's first row: the segment's lists do not depend on the datasets before it.
    const postings = buildPostings(datasets.map((d) => (table: string) => d.tables[table] ?? []));
    const shards = shape.shards ?? shardCountFor(postingsBytes(postings.values()));
    segments.push({ name, datasets: datasets.length, docs: docSpace(datasets.map((d) => catalogEntry(d.meta))).size, shards });
    const byShard: [string, Postings][][] = Array.from({ length: shards }, () => []);
    for (const entry of postings) byShard[shardOf(entry[0], shards)]!.push(entry);
    return byShard.map((lists, shard) => {
      const { object, directory } = shardObject(name, shard, lists);
      directories.push([segment, directory]);
      return object;
    });
  });
  const directoryObjectsMade = directoryObjects(directories, shape.directories);
  return [...segmentShards, ...directoryObjectsMade, searchManifestObject(catalogVersion(metas), docSpace(metas).size, directoryObjectsMade.length, segments)];
}

/** Each family's sums and rollup, from each dataset's sums of its facts (sumFacts), in catalogue order. */
export function sumsObjectsOf(datasets: readonly { id: string; year: number; kind: string; sums: (family: string) => readonly SumRow[] }[]): R2Object[] {
  return SUM_FAMILIES.flatMap((f): R2Object[] => {
    const builder = new FamilySumsBuilder(f);
    for (const d of datasets) builder.add(d.year, d.kind, d.sums(f.name));
    return sumsFamilyObjects(builder, datasets.map((d) => d.id));
  });
}

/** A family's sums and rollup objects. */
export function sumsFamilyObjects(builder: FamilySumsBuilder, ids: readonly string[]): R2Object[] {
  const { sums, rollup } = builder.result(ids);
  return [indexObject(sumsName(builder.family.name), JSON.stringify(sums)), indexObject(rollupName(builder.family.name), JSON.stringify(rollup))];
}

/** Every family's sums of the datasets' facts (a cross-dataset aggregate reads one). */
export function sumsObjects(bundle: BundleLike): R2Object[] {
  return sumsObjectsOf(bundle.datasets.map((d) => ({ id: d.meta.id, year: d.meta.year, kind: d.meta.kind, sums: (family) => sumsOfFacts(d.tables[TABLES.facts.id] ?? [], family) })));
}

const familyByName = new Map(SUM_FAMILIES.map((f) => [f.name, f]));
/** A dataset's facts summed by one family. */
export const sumsOfFacts = (facts: readonly PublishedRow[], family: string): SumRow[] => sumFacts(facts, familyByName.get(family)!);

/** Every object of a build: its key and body (what `npm run publish:r2` uploads), the index last. */
export async function r2Objects(bundle: BundleLike, index: { segmentSize?: number } = {}): Promise<R2Object[]> {
  const datasets = await Promise.all(bundle.datasets.map(datasetObjectsWithContents));
  return [...datasets.flat(), ...sumsObjects(bundle), ...searchIndexObjects(bundle, index)];
}

/** A build's catalogue as published (data/catalog.json's bytes), then the pointer that names it: written last, it switches the Worker to this build. `sha16` is the catalogue's SHA-256 (16 hex digits). */
export function publicationObjects(catalogBody: string, catalogVersion: string, sha16: string): R2Object[] {
  const key = catalogKey(catalogVersion);
  const pointer: BuildPointer = { format: 1, build: catalogVersion, catalog: { key, digest: [new TextEncoder().encode(catalogBody).length, sha16] } };
  return [
    [key, catalogBody],
    [POINTER_KEY, JSON.stringify(pointer)],
  ];
}
