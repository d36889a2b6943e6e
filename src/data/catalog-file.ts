/**
 * data/catalog.json: what the Worker bundles to list datasets without reading them. Each
 * entry is the dataset's metadata less what every dataset of the template shares or what only
 * its own pages need: table titles and descriptions come from the schema, the corrections
 * with the dataset record. About 1 KiB a dataset, so a province's catalogue still fits.
 */
import type { DatasetMeta } from "../schema/dataset";
import { TABLE_LIST } from "../schema/tables";
import type { Digest } from "../lib/checksum";
import { INDEX_PREFIX } from "./r2-layout";
import type { CatalogEntry } from "./store";

type CompactTable = Pick<DatasetMeta["tables"][number], "id" | "source_title" | "row_count" | "note" | "lines">;
/** A catalogue entry as the file keeps it: table titles and descriptions left to the schema. */
export type CompactEntry = Omit<CatalogEntry, "tables"> & { tables: CompactTable[] };

/**
 * What the build recorded of each object it makes for the R2 bucket (r2Objects): its length and
 * SHA-256, so the R2 store checks what it reads against the catalogue it bundles. Keys are kept
 * short: a dataset's after `v1/datasets/<id>/<version>/`, the index's after `v1/index/` (its
 * content tag, then its name: the Worker finds an index object's key here).
 */
export interface ObjectDigests {
  datasets: Record<string, Record<string, Digest>>;
  index: Record<string, Digest>;
}

export interface CatalogFile {
  format: 3;
  datasets: CompactEntry[];
  objects?: ObjectDigests;
}

const datasetPrefix = (d: { id: string; version: string }) => `v1/datasets/${d.id}/${d.version}/`;

/** The file's content for these datasets, with the digests of their R2 objects when the build made them. */
export function catalogFile(metas: readonly DatasetMeta[], digests?: ReadonlyMap<string, Digest>): CatalogFile {
  const file: CatalogFile = {
    format: 3,
    datasets: metas.map(({ corrections: _, tables, ...rest }) => ({ ...rest, tables: tables.map(({ id, source_title, row_count, note, lines }) => ({ id, source_title, row_count, note, lines })) })),
  };
  if (!digests) return file;
  const objects: ObjectDigests = { datasets: Object.fromEntries(metas.map((m) => [m.id, {}])), index: {} };
  const byId = new Map(metas.map((m) => [m.id, m]));
  for (const [key, digest] of digests) {
    const candidate = key.startsWith("v1/datasets/") ? byId.get(key.split("/")[2]!) : undefined;
    const owner = candidate && key.startsWith(datasetPrefix(candidate)) ? candidate : undefined;
    if (owner) objects.datasets[owner.id]![key.slice(datasetPrefix(owner).length)] = digest;
    else if (key.startsWith(INDEX_PREFIX)) objects.index[key.slice(INDEX_PREFIX.length)] = digest;
    else throw new Error(`an R2 object ${key} belongs to no dataset and to no index`);
  }
  return { ...file, objects };
}

/** Every object's digest by its full key, or undefined for a catalogue that records none. */
export function catalogDigests(file: CatalogFile): Map<string, Digest> | undefined {
  if (!file.objects) return undefined;
  const out = new Map<string, Digest>();
  for (const d of file.datasets) for (const [rest, digest] of Object.entries(file.objects.datasets[d.id] ?? {})) out.set(datasetPrefix(d) + rest, digest);
  for (const [rest, digest] of Object.entries(file.objects.index)) out.set(INDEX_PREFIX + rest, digest);
  return out;
}

/**
 * The same digests looked up in the catalogue's own records, key by key: what a Worker holds
 * per build, since a map of every object's full key costs about 80 MB at 10,000 datasets.
 */
export function catalogDigestLookup(file: CatalogFile): { get(key: string): Digest | undefined } | undefined {
  if (!file.objects) return undefined;
  const { datasets, index } = file.objects;
  const versions = new Map(file.datasets.map((d) => [d.id, d.version]));
  return {
    get(key) {
      if (key.startsWith(INDEX_PREFIX)) {
        const rest = key.slice(INDEX_PREFIX.length);
        return Object.hasOwn(index, rest) ? index[rest] : undefined;
      }
      if (!key.startsWith("v1/datasets/")) return undefined;
      const [, , id = "", version, ...rest] = key.split("/");
      const own = versions.get(id) === version && Object.hasOwn(datasets, id) ? datasets[id]! : undefined;
      const name = rest.join("/");
      return own && Object.hasOwn(own, name) ? own[name] : undefined;
    },
  };
}

/** The full key of every index object the catalogue records. */
export const catalogIndexObjectKeys = (file: CatalogFile): string[] => Object.keys(file.objects?.index ?? {}).map((rest) => INDEX_PREFIX + rest);

/** The catalogue's entries, with the schema's table titles filled in again. */
export function catalogEntries(file: CatalogFile): CatalogEntry[] {
  if (file.format !== 3) throw new Error(`data/catalog.json is of format ${String(file.format)}, this Worker reads format 3: run npm run build:data`);
  return file.datasets.map((d) => ({
    ...d,
    tables: d.tables.map((t) => {
      const def = TABLE_LIST.find((x) => x.id === t.id);
      if (!def) throw new Error(`data/catalog.json names a table '${t.id}' the schema does not have: run npm run build:data`);
      return { id: t.id, title_zh: def.titleZh, title_en: def.titleEn, source_title: t.source_title, description: def.description, row_count: t.row_count, note: t.note, lines: t.lines };
    }),
  }));
}
