/** A TableData over one table's rows: the part both stores share. */
import type { PublishedRow } from "../schema/bundle";
import { columnsFor } from "./columns";
import { fnv1a64 } from "../lib/hash";
import type { Catalog, CatalogEntry, TableData } from "./store";

export function tableData(dataset: CatalogEntry, tableId: string, rows: readonly PublishedRow[]): TableData | null {
  const meta = dataset.tables.find((t) => t.id === tableId);
  if (!meta) return null;
  let index: Map<string, PublishedRow> | undefined;
  return {
    dataset,
    meta,
    columns: columnsFor(tableId, rows),
    rows,
    row(id) {
      index ??= new Map(rows.map((r) => [String(r.id), r]));
      return index.get(id);
    },
  };
}

/** The catalog of a list of datasets; its version follows every dataset's. */
export function catalogOf(datasets: readonly CatalogEntry[]): Catalog {
  // A full DatasetMeta is an entry too: its corrections are left to the dataset record.
  const entries = datasets.map((d) => {
    const { corrections: _, ...entry } = d as CatalogEntry & { corrections?: unknown };
    return entry;
  });
  return { version: fnv1a64(entries.map((m) => `${m.id}@${m.version}`).join("\n")), datasets: entries };
}
