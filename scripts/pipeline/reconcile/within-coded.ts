/**
 * Identities inside a table keyed by classification code: each row adds across its columns as
 * the header nests them, and each subtotal row (合计, the department, a unit, a 类 or 款) equals
 * the rows it heads, in every column.
 */
import type { ParsedTable } from "../model";
import { ref, type Checker } from "./checker";
import { codedStructure } from "./coded-structure";
import { amountColumns, columnLabel } from "./labels";

const SOURCES = [
  "general_budget", "superior_advance", "government_fund", "prior_year_balance", "education_fees", "education_fees_carryover",
  "state_capital", "institution_revenue", "business_revenue", "institution_fund", "other_revenue", "carryover", "institution_fund_offset",
];

/** total = Σ parts, for the columns a table has. */
const ROW_IDENTITIES: [string, string[]][] = [
  ["total", ["basic_total", "project_total"]],
  ["basic_total", ["basic_salaries", "basic_operating", "basic_individuals"]],
  ["project_total", ["project_general", "project_special"]],
  ["basic_total", ["personnel", "operating"]],
  ["total", ["personnel", "operating"]],
  ["total", SOURCES],
];

const KIND_WORDS: Record<string, string> = { total: "合计", department: "部门", unit: "单位", class: "类", section: "款" };

export function checkCoded(checker: Checker, table: ParsedTable): void {
  const id = table.def.id;
  const title = table.def.titleZh;
  const label = (c: string) => columnLabel(table, c);
  const columns = new Set(amountColumns(table));
  // A column the header does not print is blank in every row: an identity whose parts are all unprinted says nothing.
  const printed = new Set([...columns].filter((c) => table.rows.some((r) => r[c] !== null)));
  const identities = ROW_IDENTITIES.filter(([t, parts]) => columns.has(t) && parts.every((p) => columns.has(p)) && parts.some((p) => printed.has(p)))
    // 合计 = 人员经费 + 公用经费 only where the table has no 基本支出 / 项目支出 split of its own.
    .filter(([t, parts]) => !(t === "total" && parts.includes("personnel") && columns.has("basic_total")));
  for (const row of table.rows) {
    for (const [total, parts] of identities) {
      const suffix = parts === SOURCES ? ":sources" : parts.includes("personnel") && total === "total" ? ":personnel" : parts.includes("personnel") ? ":basic-personnel" : "";
      checker.sum(`${id}/${row.id}/${total}:across${suffix}`, "row-sum", `${title} ${row.name}: ${label(total)} = ${parts.map(label).join(" + ")}`, ref(id, row, total), parts.map((p) => ref(id, row, p)));
    }
  }
  const structure = codedStructure(table.rows);
  for (const col of columns) {
    for (const [row, parts] of structure.children) {
      const what = row.row_kind === "total" ? "合计" : `${KIND_WORDS[String(row.row_kind)]} ${row.code ?? row.name}`;
      const partsWhat = row.row_kind === "total" || row.row_kind === "department" ? (structure.units.size ? `its ${parts.length} unit rows` : `the ${parts.length} classification rows`) : `its ${parts.length} rows`;
      checker.sum(`${id}/${row.id}/${col}:down`, "column-sum", `${title} ${what} ${label(col)} = Σ of ${partsWhat}`, ref(id, row, col), parts.map((r) => ref(id, r, col)));
    }
  }
}
