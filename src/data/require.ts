/** A dataset or table the request names, or the 404 that says what there is instead. */
import { FORMATS } from "../lib/media-types";
import { ProblemError } from "../lib/problem";
import { didYouMean, listSome } from "../lib/suggest";
import type { DataStore, DatasetRecord, TableData } from "./store";

/** The dataset, or a 404 that lists the datasets. */
export async function requireDataset(store: DataStore, id: string): Promise<DatasetRecord> {
  const dataset = await store.getDataset(id);
  if (dataset) return dataset;
  const ids = (await store.getCatalog()).datasets.map((d) => d.id);
  throw new ProblemError("not-found", `No dataset '${id}'.${didYouMean(id, ids)} Datasets: ${listSome(ids)}.`);
}

/** The table, or a 404 that lists the dataset's tables. */
export async function requireTable(store: DataStore, datasetId: string, tableId: string): Promise<TableData> {
  const table = await store.getTable(datasetId, tableId);
  if (table) return table;
  const { meta } = await requireDataset(store, datasetId);
  const ids = meta.tables.map((t) => t.id);
  // projects.xls, projects.tsv: a table with a format this API does not offer.
  const dot = tableId.lastIndexOf(".");
  if (dot > 0 && ids.includes(tableId.slice(0, dot))) {
    const base = tableId.slice(0, dot);
    throw new ProblemError(
      "not-found",
      `No format '${tableId.slice(dot)}' for table '${base}'. Formats offered: ${FORMATS.map((f) => `.${f}`).join(", ")} (e.g. ${base}.xlsx for Excel and WPS, ${base}.csv for programs).`,
    );
  }
  throw new ProblemError("not-found", `No table '${tableId}' in dataset '${datasetId}'.${didYouMean(tableId, ids)} Tables: ${ids.join(", ")}.`);
}
