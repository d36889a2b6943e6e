/** Everything a dataset page shows, read from the store: the data layer of the pages. */
import type { DataStore, DatasetRecord } from "../data/store";
import type { CatalogEntry } from "../data/store";
import type { PublishedRow } from "../schema/bundle";
import { TABLES } from "../schema/tables";
import { wanToCents } from "../lib/money";
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
  /** The projects whose amount grew most, and fell most, against last year (project-changes). */
  changes: { up: ProjectChange[]; down: ProjectChange[] };
}

export interface ProjectChange {
  project: string;
  name: string;
  current: number | null;
  last: number | null;
  change: number;
  percent: number | null;
}

/** How many increases and decreases the dataset page names. */
export const CHANGES_SHOWN = 5;

/** The largest increases and decreases (by 万元; ties by project id), at most CHANGES_SHOWN each. */
export function changesOf(rows: readonly PublishedRow[]): { up: ProjectChange[]; down: ProjectChange[] } {
  const all = rows.flatMap((r) =>
    typeof r.change_amount === "number"
      ? [{ project: String(r.project_id), name: String(r.name), current: r.current_year_amount as number | null, last: r.last_year_amount as number | null, change: r.change_amount, percent: r.change_percent as number | null }]
      : [],
  );
  const byId = (a: ProjectChange, b: ProjectChange) => (a.project < b.project ? -1 : a.project > b.project ? 1 : 0);
  return {
    up: all.filter((c) => c.change > 0).sort((a, b) => wanToCents(b.change) - wanToCents(a.change) || byId(a, b)).slice(0, CHANGES_SHOWN),
    down: all.filter((c) => c.change < 0).sort((a, b) => wanToCents(a.change) - wanToCents(b.change) || byId(a, b)).slice(0, CHANGES_SHOWN),
  };
}

export async function loadDatasetView(store: DataStore, record: DatasetRecord, origin: string): Promise<DatasetView> {
  const id = record.meta.id;
  const table = (t: { id: string }) => store.getTable(id, t.id);
  const [catalog, exp, rev, dept, general, projects, facts, three, changes] = await Promise.all([
    store.getCatalog(),
    table(TABLES.summaryExpenditure),
    table(TABLES.summaryRevenue),
    table(TABLES.departmentExpenditure),
    table(TABLES.generalBudgetExpenditure),
    table(TABLES.projects),
    table(TABLES.facts),
    table(TABLES.threePublic),
    table(TABLES.projectChanges),
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
    changes: changesOf(changes?.rows ?? []),
    threePublic: three && threeTotal ? { title: three.meta.title_zh, cents: typeof threeTotal.amount === "number" ? wanToCents(threeTotal.amount) : null } : null,
  };
}
