/**
 * DataStore over data held by the Worker: the catalogue is all a listing needs, the rows
 * are loaded on the first request that needs them (bundled-files.ts says from where).
 */
import type { Bundle, DatasetBundle } from "../schema/bundle";
import type { Catalog, CatalogEntry, DataStore, DatasetRecord, TableData } from "./store";
import { catalogOf, tableData } from "./table-data";
import { catalogEntry } from "./catalog-file";

/** The catalogue, and how to load the rows. */
export interface BundleSource {
  metas: readonly CatalogEntry[];
  load(): Promise<Bundle>;
}

/** A DataStore serving a bundle, or a source that loads one on first use. */
export function bundledStore(from: Bundle | BundleSource): DataStore {
  const source: BundleSource = "load" in from ? from : { metas: from.datasets.map((d) => catalogEntry(d.meta)), load: async () => from };
  const catalog: Catalog = catalogOf(source.metas);
  const entries = new Map(catalog.datasets.map((d) => [d.id, d]));
  let datasets: Promise<Map<string, DatasetBundle>> | undefined;
  const tables = new Map<string, TableData>();

  const byId = () => (datasets ??= source.load().then((b) => new Map(b.datasets.map((d) => [d.meta.id, d]))));

  return {
    async getCatalog() {
      return catalog;
    },
    async getDataset(id) {
      const d = (await byId()).get(id);
      if (!d) return undefined;
      const record: DatasetRecord = { meta: d.meta, checks: d.checks, notes: d.report?.notes ?? [] };
      return record;
    },
    async getTable(datasetId, tableId) {
      const key = `${datasetId}\u0000${tableId}`;
      let table = tables.get(key);
      if (!table) {
        // Only real tables are cached, so unknown ids in requests cannot grow the map.
        const d = (await byId()).get(datasetId);
        const entry = entries.get(datasetId);
        const built = d && entry ? tableData(entry, d.meta.tables.find((t) => t.id === tableId), d.tables[tableId] ?? []) : null;
        if (!built) return undefined;
        tables.set(key, (table = built));
      }
      return table;
    },
  };
}
