/**
 * DataStore over objects in an R2 bucket (uploaded by `npm run publish:r2`): the catalogue
 * (read by r2-build.ts), each dataset's contents object, record and tables, the build's search index
 * (r2-search-index.ts) and sums of the facts. Objects are read on first use and kept per
 * isolate within budgets; responses are cached in front of the app as with the bundled store.
 * A dataset's contents object is read before its other objects: it holds their digests.
 */
import type { AppliedCorrection, Check } from "../schema/dataset";
import type { PublishedRow } from "../schema/bundle";
import type { FamilyRollup, FamilySums } from "./stored-sums";
import { datasetKey, datasetPrefix, DATASET_CONTENTS, contentsKey, rollupName, sumsName, tableKey, type IndexKeys } from "./r2-layout";
import { datasetMetaOf, isDatasetContents, tableMetaOf, type DatasetContents } from "./dataset-contents";
import { BudgetCache } from "./budget-cache";
import { checkedReader, damagedObject, isArrayOfObjects, isObject, missingObject, type Digests, type R2Reader } from "./r2-read";
import { r2Search } from "./r2-search-index";
import type { Catalog, CatalogEntry, DataStore, DatasetRecord, TableData } from "./store";
import { tableData } from "./table-data";

export type { R2Reader };

type RecordObject = { corrections: AppliedCorrection[]; checks: Check[]; notes: string[] };
const isRecordObject = (v: unknown): v is RecordObject => isObject(v) && Array.isArray(v.corrections) && Array.isArray(v.checks) && Array.isArray(v.notes);

/** Tables kept per isolate (counted at twice their object's bytes), dataset records, and contents objects (a few KB each). */
export const TABLES_BUDGET = 16 * 1024 * 1024;
const RECORDS_BUDGET = 4 * 1024 * 1024;
const CONTENTS_BUDGET = 4 * 1024 * 1024;

/** Where a build's objects are: each index object's key by name, and the digests the catalogue records (absent in benchmarks: then only shapes are checked). */
export interface StoredBuild {
  index: IndexKeys;
  digests?: Digests;
}

/** The key of an index object of this build; one the catalogue does not name was not published with it. */
function indexKeyOf(build: StoredBuild, name: string): string {
  const key = build.index.get(name);
  if (!key) throw missingObject(`v1/index/…/${name}`);
  return key;
}

/** A DataStore over the bucket, for one build's catalogue (see catalogOf), checking each object against the digest the catalogue or its dataset's contents object records. */
export function r2Store(bucket: R2Reader, catalog: Catalog, build: StoredBuild): DataStore {
  const byId = new Map(catalog.datasets.map((m) => [m.id, m]));
  // Bounded at any N: a table costs about twice its object's length once parsed (UTF-16 strings).
  const records = new BudgetCache<DatasetRecord>(RECORDS_BUDGET, (r) => 2 * JSON.stringify(r).length);
  const tables = new BudgetCache<{ data: TableData; bytes: number } | undefined>(TABLES_BUDGET, (t) => t?.bytes ?? 0);
  const contentsCache = new BudgetCache<{ contents: DatasetContents; bytes: number }>(CONTENTS_BUDGET, (m) => 2 * m.bytes);
  const catalogReader = checkedReader(bucket, build.digests);
  const contentsOf = async (d: CatalogEntry): Promise<DatasetContents> =>
    (await contentsCache.get(d.id, async () => {
      const { value, bytes } = await catalogReader.sizedJson(contentsKey(d.id, d.version), isDatasetContents);
      return { contents: value, bytes };
    })).contents;
  // A dataset's other objects are checked against its contents object's digests.
  const reader = checkedReader(bucket, build.digests && {
    get(key) {
      const owner = byId.get(key.split("/")[2] ?? "");
      const prefix = owner && datasetPrefix(owner.id, owner.version);
      const name = prefix && key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
      if (!owner || name === undefined || name === DATASET_CONTENTS) return build.digests!.get(key);
      return contentsOf(owner).then((m) => (Object.hasOwn(m.objects, name) ? m.objects[name] : undefined));
    },
  });

  // Failed reads are not kept, so a later request retries them.
  function memo<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
    let p = map.get(key);
    if (!p) {
      p = load();
      map.set(key, p);
      p.catch(() => map.delete(key));
    }
    return p;
  }

  const search = r2Search(reader, catalog, (name) => indexKeyOf(build, name));

  const sums = new Map<string, Promise<FamilySums>>();
  const rollups = new Map<string, Promise<FamilyRollup>>();

  return {
    factSums(family) {
      return memo(sums, family.name, () => reader.json(indexKeyOf(build, sumsName(family.name)), (v): v is FamilySums => isObject(v)));
    },
    factRollup(family) {
      return memo(rollups, family.name, () => reader.json(indexKeyOf(build, rollupName(family.name)), (v): v is FamilyRollup => isObject(v)));
    },
    searchIndex: search.searchIndex,
    async searchRow(datasetId, tableId, row) {
      const meta = byId.get(datasetId);
      if (!meta) return undefined;
      // A table already read answers from memory; otherwise the row alone is read.
      const loaded = tables.peek(`${datasetId}\u0000${tableId}`);
      if (loaded) return (await loaded)?.data.rows[row];
      return search.searchRow(datasetId, meta.version, tableId, row);
    },
    async getCatalog() {
      return catalog;
    },
    async getDataset(id) {
      const entry = byId.get(id);
      if (!entry) return undefined;
      return records.get(id, async () => {
        const key = datasetKey(id, entry.version);
        const [contents, d] = await Promise.all([contentsOf(entry), reader.json(key, isRecordObject)]);
        const meta = datasetMetaOf(entry, contents.tables, d.corrections);
        if (!meta) throw damagedObject(contentsKey(id, entry.version), "表与目录不符", "other tables than the catalogue's");
        return { meta, checks: d.checks, notes: d.notes };
      });
    },
    async getTable(datasetId, tableId) {
      const entry = byId.get(datasetId);
      if (!entry || !Object.hasOwn(entry.row_counts, tableId)) return undefined;
      const table = await tables.get(`${datasetId}\u0000${tableId}`, async () => {
        const key = tableKey(datasetId, entry.version, tableId);
        const [contents, { value: rows, bytes }] = await Promise.all([contentsOf(entry), reader.sizedJson(key, isArrayOfObjects<PublishedRow>)]);
        // A table of another length than the catalogue's is another table (or another build's).
        if (rows.length !== entry.row_counts[tableId]) throw damagedObject(key, "行数与目录不符", "another number of rows than the catalogue's");
        const listed = contents.tables.find((t) => t.id === tableId);
        const meta = listed && tableMetaOf(entry, listed);
        if (!meta) throw damagedObject(contentsKey(datasetId, entry.version), "表与目录不符", "other tables than the catalogue's");
        const data = tableData(entry, meta, rows);
        return data ? { data, bytes: 2 * bytes } : undefined;
      });
      return table?.data;
    },
  };
}
