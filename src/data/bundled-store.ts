/** DataStore over data/datasets.json, bundled into the Worker; indexes are built on first use. */
import raw from "../../data/datasets.json";
import type { Bundle, DatasetBundle, PublishedRow } from "../schema/bundle";
import { columnsFor } from "./columns";
import { fnv1a64 } from "./hash";
import type { Catalog, DataStore, DatasetRecord, TableData } from "./store";

/** A DataStore serving one in-memory bundle. */
export function bundledStore(bundle: Bundle = raw as unknown as Bundle): DataStore {
  let datasets: Map<string, DatasetBundle> | undefined;
  let catalog: Catalog | undefined;
  const tables = new Map<string, TableData>();

  const byId = () => (datasets ??= new Map(bundle.datasets.map((d) => [d.meta.id, d])));

  function buildTable(d: DatasetBundle, tableId: string): TableData | null {
    const meta = d.meta.tables.find((t) => t.id === tableId);
    if (!meta) return null;
    const rows = d.tables[tableId] ?? [];
    let index: Map<string, PublishedRow> | undefined;
    return {
      dataset: d.meta,
      meta,
      columns: columnsFor(tableId, rows),
      rows,
      row(id) {
        index ??= new Map(rows.map((r) => [String(r.id), r]));
        return index.get(id);
      },
    };
  }

  return {
    async getCatalog() {
      if (!catalog) {
        const list = bundle.datasets.map((d) => d.meta);
        catalog = { version: fnv1a64(list.map((m) => `${m.id}@${m.version}`).join("\n")), datasets: list };
      }
      return catalog;
    },
    async getDataset(id) {
      const d = byId().get(id);
      if (!d) return undefined;
      const record: DatasetRecord = { meta: d.meta, checks: d.checks, notes: d.report?.notes ?? [] };
      return record;
    },
    async getTable(datasetId, tableId) {
      const key = `${datasetId}\u0000${tableId}`;
      let table = tables.get(key);
      if (!table) {
        // Only real tables are cached, so unknown ids in requests cannot grow the map.
        const d = byId().get(datasetId);
        const built = d ? buildTable(d, tableId) : null;
        if (!built) return undefined;
        tables.set(key, (table = built));
      }
      return table;
    },
  };
}
