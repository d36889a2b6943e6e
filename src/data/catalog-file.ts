/**
 * data/catalog.json: what a Worker holds to list datasets without reading them. Each entry is
 * the dataset's metadata less the corrections and the tables' printed titles, notes and lines
 * (the dataset's record and contents object carry those), with each table's row count. About
 * 1 KB a dataset: the catalogue of a province's ten thousand fits in an isolate's memory.
 */
import type { DatasetMeta } from "../schema/dataset";
import type { Digest } from "../lib/checksum";
import { DATASET_CONTENTS, datasetPrefix, INDEX_PREFIX, contentsKey } from "./r2-layout";
import type { CatalogEntry } from "./store";

/** An entry as the file keeps it: with its contents object's digest when the build made the R2 objects. */
export type CatalogFileEntry = CatalogEntry & { contents?: Digest };

/**
 * What the build records of the R2 objects it makes, so the R2 store checks what it reads: each
 * dataset's contents object's length and SHA-256 (in its entry; that object records the
 * dataset's other objects'), and each index object's, keyed after `v1/index/` (its content tag, then its name:
 * the Worker finds an index object's key here).
 */
export interface CatalogFile {
  format: 4;
  datasets: CatalogFileEntry[];
  index?: Record<string, Digest>;
}

/** A dataset's catalogue entry: its metadata less corrections and table details, in the file's key order. */
export function catalogEntry(meta: DatasetMeta | CatalogEntry): CatalogEntry {
  const { id, title_zh, title_en, department, year, kind, unit, publisher, licence, source, version, checks_summary } = meta;
  const row_counts = "row_counts" in meta ? meta.row_counts : Object.fromEntries(meta.tables.map((t) => [t.id, t.row_count]));
  return { id, title_zh, title_en, department, year, kind, unit, publisher, licence, source, version, checks_summary, row_counts };
}

/**
 * The file's content for these datasets, with the digests of their contents objects and of the index
 * objects when the build made the R2 objects (`digests`: every object's, by its full key).
 */
export function catalogFile(metas: readonly (DatasetMeta | CatalogEntry)[], digests?: ReadonlyMap<string, Digest>): CatalogFile {
  const datasets: CatalogFileEntry[] = metas.map(catalogEntry);
  if (!digests) return { format: 4, datasets };
  const index: Record<string, Digest> = {};
  const owners = new Map(datasets.map((d) => [d.id, d]));
  for (const [key, digest] of digests) {
    const owner = key.startsWith("v1/datasets/") ? owners.get(key.split("/")[2]!) : undefined;
    if (owner && key === contentsKey(owner.id, owner.version)) owner.contents = digest;
    else if (owner && key.startsWith(datasetPrefix(owner.id, owner.version))) continue; // recorded in its contents
    else if (key.startsWith(INDEX_PREFIX)) index[key.slice(INDEX_PREFIX.length)] = digest;
    else throw new Error(`an R2 object ${key} belongs to no dataset and to no index`);
  }
  const unlisted = datasets.find((d) => !d.contents);
  if (unlisted) throw new Error(`the R2 objects of dataset ${unlisted.id} have no ${DATASET_CONTENTS}`);
  return { format: 4, datasets, index };
}

/** The digests the catalogue itself records (each dataset's contents object and each index object) by full key, or undefined for a catalogue that records none. */
export function catalogDigests(file: CatalogFile): Map<string, Digest> | undefined {
  if (!file.index) return undefined;
  const out = new Map<string, Digest>();
  for (const d of file.datasets) if (d.contents) out.set(contentsKey(d.id, d.version), d.contents);
  for (const [rest, digest] of Object.entries(file.index)) out.set(INDEX_PREFIX + rest, digest);
  return out;
}

/** The catalogue as a Worker holds it: the entries, and a lookup of the digests it records (undefined when it records none). */
export interface ReadCatalog {
  entries: CatalogEntry[];
  digests?: { get(key: string): Digest | undefined };
  /** The full key of every index object the catalogue records. */
  indexKeys: string[];
}

export function readCatalog(file: CatalogFile): ReadCatalog {
  const entries = catalogEntries(file);
  const index = file.index;
  if (!index) return { entries, indexKeys: [] };
  const contentsDigests = new Map<string, Digest>();
  for (const d of file.datasets) if (d.contents) contentsDigests.set(contentsKey(d.id, d.version), d.contents);
  return {
    entries,
    indexKeys: Object.keys(index).map((rest) => INDEX_PREFIX + rest),
    digests: {
      get(key) {
        if (!key.startsWith(INDEX_PREFIX)) return contentsDigests.get(key);
        const rest = key.slice(INDEX_PREFIX.length);
        return Object.hasOwn(index, rest) ? index[rest] : undefined;
      },
    },
  };
}

/** The catalogue's entries (its digests left aside). */
export function catalogEntries(file: CatalogFile): CatalogEntry[] {
  if (file.format !== 4) throw new Error(`data/catalog.json is of format ${String(file.format)}, this Worker reads format 4: run npm run build:data`);
  return file.datasets.map(({ contents: _, ...entry }) => entry);
}
