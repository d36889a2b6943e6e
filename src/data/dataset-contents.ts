/**
 * A dataset's contents object in the R2 bucket (contents.json beside its tables): what its pages
 * need of its tables beyond the catalogue (printed title, note, lines), and the length and
 * SHA-256 of each of its other objects. The catalogue records only this object's digest, so a
 * Worker holds one digest a dataset at any N, and whatever it reads of a dataset is still
 * checked: the contents object against the catalogue, the rest against the contents object.
 */
import { isDigest, type Digest } from "../lib/checksum";
import type { DatasetMeta } from "../schema/dataset";
import { TABLE_LIST } from "../schema/tables";
import { isObject } from "./r2-read";
import type { CatalogEntry, TableMeta } from "./store";

/** A table as the contents object keeps it: titles and descriptions are the schema's, row counts the catalogue's. */
export type ContentsTable = Pick<TableMeta, "id" | "source_title" | "note" | "lines">;

export interface DatasetContents {
  format: 1;
  tables: ContentsTable[];
  /** Each other object of the dataset by its key after the dataset's prefix (r2-layout.ts datasetPrefix). */
  objects: Record<string, Digest>;
}

export const contentsTables = (tables: readonly TableMeta[]): ContentsTable[] => tables.map(({ id, source_title, note, lines }) => ({ id, source_title, note, lines }));

const isLines = (v: unknown) => v === null || (Array.isArray(v) && v.length === 2 && v.every(Number.isInteger));
const isContentsTable = (v: unknown) => isObject(v) && typeof v.id === "string" && (v.source_title === null || typeof v.source_title === "string") && (v.note === null || typeof v.note === "string") && isLines(v.lines);
export const isDatasetContents = (v: unknown): v is DatasetContents =>
  isObject(v) && v.format === 1 && Array.isArray(v.tables) && v.tables.every(isContentsTable) && isObject(v.objects) && Object.values(v.objects).every(isDigest);

/** A table's whole metadata: the schema's titles, the catalogue's row count, the contents object's printed title, note and lines. */
export function tableMetaOf(entry: CatalogEntry, t: ContentsTable): TableMeta | undefined {
  const def = TABLE_LIST.find((x) => x.id === t.id);
  const rows = Object.hasOwn(entry.row_counts, t.id) ? entry.row_counts[t.id] : undefined;
  if (!def || rows === undefined) return undefined;
  return { id: t.id, title_zh: def.titleZh, title_en: def.titleEn, source_title: t.source_title, description: def.description, row_count: rows, note: t.note, lines: t.lines };
}

/** The dataset's whole metadata, its keys in the schema's order; undefined where the contents object and the catalogue disagree on the tables. */
export function datasetMetaOf(entry: CatalogEntry, tables: readonly ContentsTable[], corrections: DatasetMeta["corrections"]): DatasetMeta | undefined {
  const metas = tables.map((t) => tableMetaOf(entry, t));
  if (metas.some((t) => !t) || metas.length !== Object.keys(entry.row_counts).length) return undefined;
  const { id, title_zh, title_en, department, year, kind, unit, publisher, licence, source, version, checks_summary } = entry;
  return { id, title_zh, title_en, department, year, kind, unit, publisher, licence, source, version, tables: metas as TableMeta[], corrections, checks_summary };
}
