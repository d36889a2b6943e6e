/**
 * Spending by functional classification: the item (项) rows of an expenditure table summed
 * by 类 and, beneath each, by 款, in integer cents. Names are the official ones the build
 * attached (class_name, section_name), falling back to the code.
 */
import type { TableData } from "../data/store";
import { wanToCents } from "../lib/money";

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

const cents = (v: unknown) => (typeof v === "number" ? wanToCents(v) : 0);
const has = (table: TableData, column: string) => table.columns.some((c) => c.name === column);

const byAmount = <T extends { cents: number; code: string }>(a: T, b: T) => b.cents - a.cents || a.code.localeCompare(b.code);

/** Classes (largest first) with their sections, from the first table that has classified item rows. */
export function spendingOf(candidates: readonly (TableData | undefined)[]): Spending | null {
  const table = candidates.find((t) => t?.rows.some((r) => r.row_kind === "item" && typeof r.class_code === "string"));
  if (!table) return null;
  const split = has(table, "basic_total") && has(table, "project_total");
  const classes = new Map<string, ClassSpend>();
  const sections = new Map<string, SectionSpend>();
  let sum = 0;
  for (const row of table.rows) {
    if (row.row_kind !== "item" || typeof row.class_code !== "string") continue;
    const amount = cents(row.total);
    sum += amount;
    let cls = classes.get(row.class_code);
    if (!cls) {
      cls = { code: row.class_code, name: String(row.class_name ?? row.class_code), cents: 0, basicCents: split ? 0 : null, projectCents: split ? 0 : null, sections: [] };
      classes.set(row.class_code, cls);
    }
    cls.cents += amount;
    if (split) {
      cls.basicCents! += cents(row.basic_total);
      cls.projectCents! += cents(row.project_total);
    }
    const sectionCode = typeof row.section_code === "string" ? row.section_code : `${row.class_code}-`;
    let sec = sections.get(sectionCode);
    if (!sec) {
      sec = { code: sectionCode, name: String(row.section_name ?? row.section_code ?? "—"), cents: 0 };
      sections.set(sectionCode, sec);
      cls.sections.push(sec);
    }
    sec.cents += amount;
  }
  const list = [...classes.values()].sort(byAmount);
  for (const cls of list) cls.sections.sort(byAmount);
  const totalRow = table.rows.find((r) => r.row_kind === "total");
  return { table: table.meta.id, classes: list, cents: sum, printedTotalCents: totalRow && typeof totalRow.total === "number" ? wanToCents(totalRow.total) : null };
}
