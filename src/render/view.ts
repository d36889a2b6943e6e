/** What renderers receive: columns described for clients, rows, and paging facts. */
import type { PublishedRow } from "../schema/bundle";
import type { ColumnDef, ColumnType } from "../schema/columns";
import type { DatasetHead } from "../data/store";

export interface ColumnView {
  name: string;
  label: string;
  type: ColumnType;
  /** 万元 or 元 on amount columns, null elsewhere. */
  unit: string | null;
  description: string;
}

/** A page (or all) of rows of a table-like resource. */
export interface TableView {
  dataset: string;
  table: string;
  title_zh: string;
  note: string | null;
  version: string;
  columns: ColumnView[];
  rows: PublishedRow[];
  total: number;
  next: string | null;
}

/** Column descriptions for responses; `unit` labels the amount columns. */
export function columnViews(columns: readonly ColumnDef[], unit: string): ColumnView[] {
  return columns.map((c) => ({
    name: c.name,
    label: c.label,
    type: c.type,
    unit: c.type === "amount" ? unit : null,
    description: c.description,
  }));
}

/** The view of rows of one table of a dataset, amount columns labelled with `unit`. */
export function tableView(
  dataset: DatasetHead,
  table: { id: string; title_zh: string; note: string | null },
  columns: readonly ColumnDef[],
  unit: string,
  page: { rows: PublishedRow[]; total: number; next: string | null },
): TableView {
  return { dataset: dataset.id, table: table.id, title_zh: table.title_zh, note: table.note, version: dataset.version, columns: columnViews(columns, unit), ...page };
}
