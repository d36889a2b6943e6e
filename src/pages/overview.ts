/**
 * The headline figures of a dataset, read from its summary tables: the expenditure total,
 * its split into groups (基本支出 / 项目支出 as the document names them), the revenue
 * items, and the expenditure total by source of funds. Labels come from the data and the
 * column definitions, so another department's or year's disclosure reads the same way.
 */
import type { TableData } from "../data/store";
import type { PublishedRow } from "../schema/bundle";
import { wanToCents } from "../lib/money";

export interface Figure {
  label: string;
  cents: number;
  /** Where it was read: table, row id and source line. */
  row: string;
  line: number | null;
  /** Subtotals and totals are shown apart from their parts. */
  emphasis?: boolean;
}

export interface Overview {
  total: Figure | null;
  /** The groups of the expenditure side (row_kind group), in document order. */
  groups: Figure[];
  /** Revenue rows with an amount, in document order (items, subtotal, total). */
  revenue: Figure[];
  /** The expenditure total by source of funds: the total row's non-blank fund columns. */
  funds: Figure[];
}

/** Strips an ordinal such as `一、` or `1、` that the document prints before a label. */
export function stripOrdinal(label: string): string {
  return label.replace(/^\s*(?:[一二三四五六七八九十]+|\d+)[、.．]\s*/, "");
}

const amountOf = (row: PublishedRow, column: string): number | null => {
  const v = row[column];
  return typeof v === "number" ? v : null;
};

function figure(row: PublishedRow, label: string, column: string, emphasis = false): Figure | null {
  const v = amountOf(row, column);
  if (v === null) return null;
  const line = typeof row.source_line === "number" ? row.source_line : null;
  return { label, cents: wanToCents(v), row: String(row.id), line, emphasis };
}

const present = <T,>(x: T | null): x is T => x !== null;

/** Headline figures from the summary-expenditure and summary-revenue tables (either may be missing). */
export function overviewOf(expenditure: TableData | undefined, revenue: TableData | undefined): Overview {
  const exRows = expenditure?.rows ?? [];
  const totalRow = exRows.find((r) => r.row_kind === "total");
  const total = totalRow ? figure(totalRow, String(totalRow.item ?? ""), "total", true) : null;
  const groups = exRows.filter((r) => r.row_kind === "group").map((r) => figure(r, stripOrdinal(String(r.item ?? "")), "total")).filter(present);
  const revenueFigures = (revenue?.rows ?? [])
    .map((r) => figure(r, String(r.item ?? ""), "amount", r.row_kind !== "item"))
    .filter(present)
    .filter((f) => f.cents !== 0 || f.emphasis);
  const funds = totalRow && expenditure
    ? expenditure.columns
        .filter((c) => c.type === "amount" && c.name !== "total")
        .map((c) => figure(totalRow, c.label, c.name))
        .filter(present)
        .filter((f) => f.cents !== 0)
    : [];
  return { total, groups, revenue: revenueFigures, funds };
}
