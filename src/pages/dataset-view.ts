/** Everything a dataset page shows, read from the store: the data layer of the pages. */
import type { DataStore, DatasetRecord } from "../data/store";
import type { CatalogEntry } from "../data/store";
import { TABLES } from "../schema/tables";
import { toCents } from "./money";
import { overviewOf, type Overview } from "./overview";
import { projectGapOf, type ProjectGap } from "./project-gap";
import { projectBars, type ProjectBar } from "./project-chart";
import { spendingOf, type Spending } from "./spending";

export interface DatasetView {
  origin: string;
  datasets: readonly CatalogEntry[];
  record: DatasetRecord;
  overview: Overview;
  spending: Spending | null;
  projects: ProjectBar[];
  /** 项目支出 against the project sheets, and the carry-over that explains the gap. */
  gap: ProjectGap | null;
  /** The total row of the three public expenses table (三公经费), when it has one. */
  threePublic: { title: string; cents: number | null } | null;
}

export async function loadDatasetView(store: DataStore, record: DatasetRecord, origin: string): Promise<DatasetView> {
  const id = record.meta.id;
  const table = (t: { id: string }) => store.getTable(id, t.id);
  const [catalog, exp, rev, dept, general, projects, facts, three] = await Promise.all([
    store.getCatalog(),
    table(TABLES.summaryExpenditure),
    table(TABLES.summaryRevenue),
    table(TABLES.departmentExpenditure),
    table(TABLES.generalBudgetExpenditure),
    table(TABLES.projects),
    table(TABLES.facts),
    table(TABLES.threePublic),
  ]);
  const threeTotal = three?.rows.find((r) => r.row_kind === "total");
  return {
    origin,
    datasets: catalog.datasets,
    record,
    overview: overviewOf(exp, rev),
    spending: spendingOf([dept, general]),
    projects: projectBars(projects?.rows ?? []),
    gap: projectGapOf(facts, projects),
    threePublic: three && threeTotal ? { title: three.meta.title_zh, cents: typeof threeTotal.amount === "number" ? toCents(threeTotal.amount) : null } : null,
  };
}
