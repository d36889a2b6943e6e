/**
 * Spending by functional classification: the item (项) rows of an expenditure table summed
 * by 类 and, beneath each, by 款, with query/aggregate (integer cents). Names are the official
 * ones the build attached (class_name, section_name), falling back to the code.
 */
import type { TableData } from "../data/store";
import { wanToCents } from "../lib/money";
import { aggregate } from "../query/aggregate";
import type { PublishedRow } from "../schema/bundle";

export interface SectionSpend {
  code: string;
  name: string;
  cents: number;
}

export interface ClassSpend extends SectionSpend {
  /** Parts of `cents` that are basic and project expenditure (null when the table has no such columns). */
  basicCents: number | null;
  projectCents: number | null;
  sections: SectionSpend[];
}

export interface Spending {
  table: string;
  classes: ClassSpend[];
  /** Sum of the item rows. */
  cents: number;
  /** The table's own 合计 row, to show the parts add up. */
  printedTotalCents: number | null;
}

const has = (table: TableData, column: string) => table.columns.some((c) => c.name === column);
// A blank amount counts as nothing: a class's sum is a number even when every cell is blank.
const centsOf = (column: string) => (row: PublishedRow) => (typeof row[column] === "number" ? wanToCents(row[column]) : 0);

const byAmount = <T extends { cents: number; code: string }>(a: T, b: T) => b.cents - a.cents || a.code.localeCompare(b.code);

/** Classes (largest first) with their sections, from the first table that has classified item rows. */
export function spendingOf(candidates: readonly (TableData | undefined)[]): Spending | null {
  const table = candidates.find((t) => t?.rows.some((r) => r.row_kind === "item" && typeof r.class_code === "string"));
  if (!table) return null;
  const items = table.rows.filter((r) => r.row_kind === "item" && typeof r.class_code === "string");
  const split = has(table, "basic_total") && has(table, "project_total");
  const classSum = (column: string) => new Map(aggregate(items, ["class_code"], centsOf(column)).groups.map((g) => [g.keys.class_code, g.totals.cents ?? 0]));
  const [basic, project] = split ? [classSum("basic_total"), classSum("project_total")] : [null, null];
  const byClass = aggregate(items, ["class_code"], centsOf("total"));
  const bySection = aggregate(items, ["class_code", "section_code"], centsOf("total")).groups;
  const classes = byClass.groups.map(({ keys, first, totals }): ClassSpend => {
    const code = String(keys.class_code);
    const sections = bySection
      .filter((s) => s.keys.class_code === keys.class_code)
      .map((s) => ({
        code: typeof s.keys.section_code === "string" ? s.keys.section_code : `${code}-`,
        name: String(s.first.section_name ?? s.first.section_code ?? "—"),
        cents: s.totals.cents ?? 0,
      }));
    return { code, name: String(first.class_name ?? code), cents: totals.cents ?? 0, basicCents: basic?.get(keys.class_code) ?? null, projectCents: project?.get(keys.class_code) ?? null, sections: sections.sort(byAmount) };
  });
  const totalRow = table.rows.find((r) => r.row_kind === "total");
  return { table: table.meta.id, classes: classes.sort(byAmount), cents: byClass.grand.cents ?? 0, printedTotalCents: totalRow && typeof totalRow.total === "number" ? wanToCents(totalRow.total) : null };
}
