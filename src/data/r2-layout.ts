/**
 * Where a dataset lives in the R2 bucket. Keys carry the version, so a new build is
 * uploaded beside the old one and a Worker only ever reads objects of the version its
 * catalogue names. The index spans every dataset, so its keys carry the catalogue's version.
 */
import { docSpace } from "./doc-space";
import { buildPostings } from "../search/postings";
import { encodePostings } from "./postings-codec";
import { SEARCH_TABLES } from "../schema/search-scope";
import { catalogOf } from "./table-data";
import { familySums, SUM_FAMILIES } from "../query/fact-sums";
import { TABLES } from "../schema/tables";
import { fnv1a32 } from "../lib/checksum";
import { fnv1a64 } from "../lib/hash";
import type { DatasetMeta } from "../schema/dataset";
import type { PublishedRow } from "../schema/bundle";

export const datasetKey = (id: string, version: string) => `v1/datasets/${id}/${version}/dataset.json`;
export const tableKey = (id: string, version: string, table: string) => `v1/datasets/${id}/${version}/tables/${table}.json`;
export const sumsKey = (catalog: string, family: string) => `v1/index/${catalog}/sums/${family}.json`;
export const rollupKey = (catalog: string, family: string) => `v1/index/${catalog}/sums/${family}.by-year.json`;
export const searchManifestKey = (catalog: string) => `v1/index/${catalog}/search/manifest.json`;
export const searchDirectoryKey = (catalog: string, shard: number) => `v1/index/${catalog}/search/directory-${shard}.json`;
export const searchShardKey = (catalog: string, shard: number) => `v1/index/${catalog}/search/shard-${shard}.bin`;
/** Byte offsets of each row in a table's JSON object, and each row's checksum: a hit reads its row alone, not the table. */
export const rowOffsetsKey = (id: string, version: string, table: string) => `v1/datasets/${id}/${version}/tables/${table}.offsets.bin`;

/** Posting lists are spread over this many shard objects by a hash of the bigram, each with its directory; a lookup reads one entry's byte range. */
export const SEARCH_SHARDS = 64;
export const shardOf = (gram: string) => parseInt(fnv1a64(gram).slice(-4), 16) % SEARCH_SHARDS;

/** What a Worker checks before it trusts the index: that it is of this catalogue. */
export interface SearchManifest {
  format: 1;
  catalog: string;
  /** Rows indexed (docSpace(catalogue).size). */
  docs: number;
  shards: number;
}

/** One shard's directory: bigram → [byte offset, byte length, FNV-1a of those bytes] in the shard object. */
export type ShardDirectory = Record<string, [number, number, number]>;

interface BundleLike {
  datasets: { meta: DatasetMeta; checks: unknown; report: { notes: unknown }; tables: Record<string, readonly PublishedRow[]> }[];
}

export type R2Object = [key: string, body: string | Uint8Array];

/** The search index of the datasets: each shard and its directory, then the manifest (last, so a reader that finds it finds every shard). */
export function searchIndexObjects(bundle: BundleLike): R2Object[] {
  const metas = bundle.datasets.map((d) => d.meta);
  const catalog = catalogOf(metas).version;
  const postings = buildPostings(bundle.datasets.map((d) => (table: string) => d.tables[table] ?? []));
  const parts: Uint8Array[][] = Array.from({ length: SEARCH_SHARDS }, () => []);
  const sizes = new Array<number>(SEARCH_SHARDS).fill(0);
  const directories: ShardDirectory[] = Array.from({ length: SEARCH_SHARDS }, () => ({}));
  for (const [gram, list] of postings) {
    const shard = shardOf(gram);
    const bytes = encodePostings(list);
    directories[shard]![gram] = [sizes[shard]!, bytes.length, fnv1a32(bytes)];
    parts[shard]!.push(bytes);
    sizes[shard]! += bytes.length;
  }
  const shards = parts.flatMap((p, i): R2Object[] => {
    const out = new Uint8Array(sizes[i]!);
    let at = 0;
    for (const b of p) out.set(b, (at += b.length) - b.length);
    return [
      [searchShardKey(catalog, i), out],
      [searchDirectoryKey(catalog, i), JSON.stringify(directories[i])],
    ];
  });
  const manifest: SearchManifest = { format: 1, catalog, docs: docSpace(metas).size, shards: SEARCH_SHARDS };
  return [...shards, [searchManifestKey(catalog), JSON.stringify(manifest)]];
}

/**
 * A table as stored (its JSON), and where each row's JSON starts and ends in its bytes: n + 1
 * offsets, then each row's FNV-1a (a row read alone is checked against it).
 */
export function tableObjects(id: string, version: string, table: string, rows: readonly PublishedRow[]): R2Object[] {
  // JSON.stringify(rows) is exactly "[" + each row's JSON joined by "," + "]".
  const parts = rows.map((r) => JSON.stringify(r));
  const out: R2Object[] = [[tableKey(id, version, table), `[${parts.join(",")}]`]];
  if (!SEARCH_TABLES.some((s) => s.table === table)) return out;
  const encoder = new TextEncoder();
  const words = new Uint32Array(2 * rows.length + 1);
  let at = 1; // after "["
  parts.forEach((p, i) => {
    const bytes = encoder.encode(p);
    words[i] = at;
    words[rows.length + 1 + i] = fnv1a32(bytes);
    at += bytes.length + 1; // the row and the comma (or "]") after it
  });
  words[rows.length] = at;
  out.push([rowOffsetsKey(id, version, table), encodePostings(words)]);
  return out;
}

/** A table's row offsets object read back: the n + 1 offsets and the n rows' checksums. */
export function splitRowOffsets(words: Uint32Array): { offsets: Uint32Array; checksums: Uint32Array } | null {
  if (words.length % 2 !== 1) return null;
  const n = (words.length - 1) / 2;
  return { offsets: words.subarray(0, n + 1), checksums: words.subarray(n + 1) };
}

/** Every family's sums of the datasets' facts (a cross-dataset aggregate reads one). */
export function sumsObjects(bundle: BundleLike): R2Object[] {
  const catalog = catalogOf(bundle.datasets.map((d) => d.meta)).version;
  const datasets = bundle.datasets.map((d) => ({ id: d.meta.id, year: d.meta.year, kind: d.meta.kind, facts: d.tables[TABLES.facts.id] ?? [] }));
  return SUM_FAMILIES.flatMap((f): R2Object[] => {
    const { sums, rollup } = familySums(f, datasets);
    return [
      [sumsKey(catalog, f.name), JSON.stringify(sums)],
      [rollupKey(catalog, f.name), JSON.stringify(rollup)],
    ];
  });
}

/** Every object of a build: its key and body (what `npm run publish:r2` uploads), the index last. */
export function r2Objects(bundle: BundleLike): R2Object[] {
  return [
    ...bundle.datasets.flatMap((d) => [
      [datasetKey(d.meta.id, d.meta.version), JSON.stringify({ corrections: d.meta.corrections, checks: d.checks, notes: d.report.notes })] as R2Object,
      ...Object.entries(d.tables).flatMap(([t, rows]) => tableObjects(d.meta.id, d.meta.version, t, rows)),
    ]),
    ...sumsObjects(bundle),
    ...searchIndexObjects(bundle),
  ];
}
