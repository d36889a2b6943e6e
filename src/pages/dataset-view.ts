/** Everything a dataset page shows, read from the store: the data layer of the pages. */
import type { DataStore, DatasetRecord } from "../data/store";
import type { DatasetMeta } from "../schema/dataset";
import { TABLES } from "../schema/tables";
import { overviewOf, type Overview } from "./overview";
import { projectBars, type ProjectBar } from "./project-chart";
import { spendingOf, type Spending } from "./spending";

export interface DatasetView {
  origin: string;
  datasets: readonly DatasetMeta[];
  record: DatasetRecord;
  overview: Overview;
  spending: Spending | null;
  projects: ProjectBar[];
}

export async function loadDatasetView(store: DataStore, record: DatasetRecord, origin: string): Promise<DatasetView> {
  const id = record.meta.id;
  const table = (t: { id: string }) => store.getTable(id, t.id);
  const [catalog, exp, rev, dept, general, projects] = await Promise.all([
    store.getCatalog(),
    table(TABLES.summaryExpenditure),
    table(TABLES.summaryRevenue),
    table(TABLES.departmentExpenditure),
    table(TABLES.generalBudgetExpenditure),
    table(TABLES.projects),
  ]);
  return {
    origin,
    datasets: catalog.datasets,
    record,
    overview: overviewOf(exp, rev),
    spending: spendingOf([dept, general]),
    projects: projectBars(projects?.rows ?? []),
  };
}
