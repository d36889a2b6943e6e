/** DataStore over data/datasets.json, bundled into the Worker; indexes are built on first use. */
import raw from "../../data/datasets.json";
import type { Bundle, DatasetBundle } from "../schema/bundle";
import type { Catalog, DataStore, DatasetRecord, TableData } from "./store";
import { catalogOf, tableData } from "./table-data";

/** A DataStore serving one in-memory bundle. */
export function bundledStore(bundle: Bundle = raw as unknown as Bundle): DataStore {
  let datasets: Map<string, DatasetBundle> | undefined;
  let catalog: Catalog | undefined;
  const tables = new Map<string, TableData>();

  const byId = () => (datasets ??= new Map(bundle.datasets.map((d) => [d.meta.id, d])));

  return {
    async getCatalog() {
      return (catalog ??= catalogOf(bundle.datasets.map((d) => d.meta)));
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
        const built = d ? tableData(d.meta, tableId, d.tables[tableId] ?? []) : null;
        if (!built) return undefined;
        tables.set(key, (table = built));
      }
      return table;
    },
  };
}
