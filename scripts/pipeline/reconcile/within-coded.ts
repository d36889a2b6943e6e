/** Identities inside a table keyed by classification code: rows add across, columns add down. */
import type { ParsedTable, Row } from "../model";
import { ref, type Checker } from "./checker";
import { amountColumns, columnLabel } from "./labels";

const ROW_IDENTITIES: [string, string[]][] = [
  ["total", ["basic_total", "project_total"]],
  ["basic_total", ["basic_salaries", "basic_operating", "basic_individuals"]],
  ["project_total", ["project_general", "project_special"]],
];

export function checkCoded(checker: Checker, table: ParsedTable): void {
  const id = table.def.id;
  const title = table.def.titleZh;
  const label = (c: string) => columnLabel(table, c);
  for (const row of table.rows) {
    for (const [total, parts] of ROW_IDENTITIES) {
      checker.sum(
        `${id}/${row.id}/${total}:across`,
        "row-sum",
        `${title} ${row.name}: ${label(total)} = ${parts.map(label).join(" + ")}`,
        ref(id, row, total),
        parts.map((p) => ref(id, row, p)),
      );
    }
  }
  const items = table.rows.filter((r) => r.row_kind === "item");
  const total = table.rows.find((r) => r.row_kind === "total");
  const units = unitsWithItems(table.rows);
  for (const col of amountColumns(table)) {
    checker.sum(`${id}/total/${col}:down`, "column-sum", `${title} 合计 ${label(col)} = Σ of the ${items.length} classification rows`, ref(id, total, col), items.map((r) => ref(id, r, col)));
    for (const [unit, members] of units) {
      checker.sum(`${id}/${unit.id}/${col}:down`, "column-sum", `${title} ${unit.name} ${label(col)} = Σ of its ${members.length} classification rows`, ref(id, unit, col), members.map((r) => ref(id, r, col)));
    }
  }
}

/** A unit row heads the classification rows printed after it, up to the next unit row. */
function unitsWithItems(rows: Row[]): Map<Row, Row[]> {
  const out = new Map<Row, Row[]>();
  let unit: Row | null = null;
  for (const r of rows) {
    if (r.row_kind === "unit") out.set((unit = r), []);
    else if (r.row_kind === "item" && unit) out.get(unit)!.push(r);
  }
  return out;
}
