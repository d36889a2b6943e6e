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

/**
 * total = Σ parts, for the columns a table has; `suffix` keeps the check ids apart where one
 * total has two partitions, and `unless` names a column whose presence makes the identity another's.
 */
const ROW_IDENTITIES: { total: string; parts: string[]; suffix: string; unless?: string }[] = [
  { total: "total", parts: ["basic_total", "project_total"], suffix: "" },
  { total: "basic_total", parts: ["basic_salaries", "basic_operating", "basic_individuals"], suffix: "" },
  { total: "project_total", parts: ["project_general", "project_special"], suffix: "" },
  { total: "basic_total", parts: ["personnel", "operating"], suffix: ":basic-personnel" },
  // 合计 = 人员经费 + 公用经费 only where the table has no 基本支出 / 项目支出 split of its own.
  { total: "total", parts: ["personnel", "operating"], suffix: ":personnel", unless: "basic_total" },
  { total: "total", parts: SOURCES, suffix: ":sources" },
];

const KIND_WORDS: Record<string, string> = { total: "合计", department: "部门", unit: "单位", class: "类", section: "款" };

export function checkCoded(checker: Checker, table: ParsedTable): void {
  const id = table.def.id;
  const title = table.def.titleZh;
  const label = (c: string) => columnLabel(table, c);
  const columns = new Set(amountColumns(table));
  // A column the header does not print is blank in every row: an identity whose parts are all unprinted says nothing.
  const printed = new Set([...columns].filter((c) => table.rows.some((r) => r[c] !== null)));
  const identities = ROW_IDENTITIES.filter(
    ({ total, parts, unless }) => columns.has(total) && parts.every((p) => columns.has(p)) && parts.some((p) => printed.has(p)) && !(unless && columns.has(unless)),
  );
  for (const row of table.rows) {
    for (const { total, parts, suffix } of identities) {
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
