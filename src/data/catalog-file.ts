/**
 * data/catalog.json: what the Worker bundles to list datasets without reading them. Each
 * entry is the dataset's metadata less what every dataset of the template shares or what only
 * its own pages need: table titles and descriptions come from the schema, the corrections
 * with the dataset record. About 1 KiB a dataset, so a province's catalogue still fits.
 */
import type { DatasetMeta } from "../schema/dataset";
import { TABLE_LIST } from "../schema/tables";
import type { CatalogEntry } from "./store";

type CompactTable = Pick<DatasetMeta["tables"][number], "id" | "source_title" | "row_count" | "note" | "lines">;
type CompactEntry = Omit<CatalogEntry, "tables"> & { tables: CompactTable[] };

export interface CatalogFile {
  format: 2;
  datasets: CompactEntry[];
}

/** The file's content for these datasets. */
export function catalogFile(metas: readonly DatasetMeta[]): CatalogFile {
  return {
    format: 2,
    datasets: metas.map(({ corrections: _, tables, ...rest }) => ({ ...rest, tables: tables.map(({ id, source_title, row_count, note, lines }) => ({ id, source_title, row_count, note, lines })) })),
  };
}

/** The catalogue's entries, with the schema's table titles filled in again. */
export function catalogEntries(file: CatalogFile): CatalogEntry[] {
  if (file.format !== 2) throw new Error(`data/catalog.json is of format ${String(file.format)}, this Worker reads format 2: run npm run build:data`);
  return file.datasets.map((d) => ({
    ...d,
    tables: d.tables.map((t) => {
      const def = TABLE_LIST.find((x) => x.id === t.id);
      if (!def) throw new Error(`data/catalog.json names a table '${t.id}' the schema does not have: run npm run build:data`);
      return { id: t.id, title_zh: def.titleZh, title_en: def.titleEn, source_title: t.source_title, description: def.description, row_count: t.row_count, note: t.note, lines: t.lines };
    }),
  }));
}
