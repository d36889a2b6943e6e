/**
 * Where search reads postings from. A store may carry an index the build made (the R2
 * backend reads one object per bigram); any other store gets one built in memory from its
 * rows on the first search, with the same code the build uses, so both answer alike.
 */
import type { DataStore, SearchIndex } from "../data/store";
import { docSpace } from "../data/doc-space";
import { loadTables } from "./load-tables";
import { NO_POSTINGS } from "../data/postings-codec";
import { buildPostings } from "./postings";
import { SEARCH_TABLES } from "../schema/search-scope";

const built = new WeakMap<DataStore, { version: string; index: Promise<SearchIndex> }>();

async function inMemory(store: DataStore): Promise<SearchIndex> {
  const catalog = await store.getCatalog();
  const wanted = catalog.datasets.flatMap((d) => SEARCH_TABLES.map((s) => ({ dataset: d.id, table: s.table })));
  const loaded = await loadTables(store, wanted);
  const T = SEARCH_TABLES.length;
  const postings = buildPostings(catalog.datasets.map((_, i) => (table: string) => loaded[i * T + SEARCH_TABLES.findIndex((s) => s.table === table)]?.rows ?? []));
  const space = docSpace(catalog.datasets);
  return { space, segments: [{ firstDoc: 0, endDoc: space.size, lookup: async (gram) => postings.get(gram) ?? NO_POSTINGS }] };
}

export async function searchIndexOf(store: DataStore): Promise<SearchIndex> {
  if (store.searchIndex) return store.searchIndex();
  const version = (await store.getCatalog()).version;
  let entry = built.get(store);
  if (!entry || entry.version !== version) {
    entry = { version, index: inMemory(store) };
    built.set(store, entry);
    entry.index.catch(() => built.delete(store));
  }
  return entry.index;
}
