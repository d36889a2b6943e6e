/** A TableData over one table's rows: the part both stores share. */
import type { PublishedRow } from "../schema/bundle";
import { columnsFor } from "./columns";
import { fnv1a64 } from "../lib/hash";
import type { Catalog, CatalogEntry, TableData, TableMeta } from "./store";

export function tableData(dataset: CatalogEntry, meta: TableMeta | undefined, rows: readonly PublishedRow[]): TableData | null {
  if (!meta) return null;
  let index: Map<string, PublishedRow> | undefined;
  return {
    dataset,
    meta,
    columns: columnsFor(meta.id, rows),
    rows,
    row(id) {
      index ??= new Map(rows.map((r) => [String(r.id), r]));
      return index.get(id);
    },
  };
}

/** The version of a catalogue of these datasets: it follows every dataset's. */
export const catalogVersion = (datasets: readonly { id: string; version: string }[]): string => fnv1a64(datasets.map((m) => `${m.id}@${m.version}`).join("\n"));

/** The catalog of a list of datasets. */
export const catalogOf = (datasets: readonly CatalogEntry[]): Catalog => ({ version: catalogVersion(datasets), datasets });
