/** Reads many tables at once (a bounded number in flight), in the order asked: stores backed by object storage answer in parallel. */
import type { DataStore, TableData } from "../data/store";

export const IN_FLIGHT = 32;

export async function loadTables(store: DataStore, wanted: readonly { dataset: string; table: string }[]): Promise<(TableData | undefined)[]> {
  const out: (TableData | undefined)[] = new Array(wanted.length);
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const i = next++;
      out[i] = await store.getTable(wanted[i]!.dataset, wanted[i]!.table);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, wanted.length) }, worker));
  return out;
}
