/**
 * The long table: one line per amount printed anywhere in the document, so figures of
 * different tables can be filtered and summed in one place.
 */
import { TABLES } from "../../../src/schema/tables";
import { lineOf, type ParsedTable, type Row } from "../model";
import { ECONOMIC_TABLES } from "./economic";

/** The budget fund a column's amounts belong to, where the table says. */
const COLUMN_FUND: Record<string, string> = {
  general_budget: "general_budget",
  general_budget_appropriation: "general_budget",
  government_fund: "government_fund",
  state_capital: "state_capital",
  education_fees: "education_fees",
  education_fees_carryover: "education_fees",
  institution_revenue: "institution_revenue",
  business_revenue: "business_revenue",
  institution_fund: "institution_fund",
  superior_advance: "general_budget",
};
const TABLE_FUND: Record<string, string> = {
  "general-budget-expenditure": "general_budget",
  "government-fund-expenditure": "government_fund",
  "three-public-expenses": "general_budget",
  "general-budget-basic-expenditure": "general_budget",
};

export function budgetLines(file: string, tables: ParsedTable[]): ParsedTable {
  const rows: Row[] = [];
  for (const table of tables) {
    const amountCols = table.def.columns.filter((c) => c.type === "amount");
    for (const row of table.rows) {
      for (const col of amountCols) {
        const value = row[col.name];
        if (typeof value !== "number") continue;
        const economic = ECONOMIC_TABLES.includes(table.def.id);
        const printedCode = typeof row.code === "string" ? row.code : typeof row.class_code === "string" ? row.class_code : null;
        const code = economic ? null : printedCode;
        rows.push({
          id: `${table.def.id}.${row.id}.${col.name}`,
          source_file: file,
          source_line: lineOf(row, col.name),
          table: table.def.id,
          row_id: row.id,
          row_kind: typeof row.row_kind === "string" ? row.row_kind : null,
          item: String(row.item ?? row.name ?? row.department ?? row.id),
          measure: col.name,
          measure_label: col.label,
          fund: TABLE_FUND[table.def.id] ?? COLUMN_FUND[col.name] ?? null,
          code,
          class_code: code ? code.slice(0, 3) : null,
          section_code: code && code.length >= 5 ? code.slice(0, 5) : null,
          economic_code: economic ? printedCode : null,
          economic_class: economic && printedCode ? printedCode.slice(0, 3) : null,
          amount: value,
        });
      }
    }
  }
  return {
    def: TABLES.budgetLines,
    rows,
    note: "Every printed amount of the document; rows of kind total/subtotal/group/unit repeat the sum of other lines, so filter row_kind before summing across rows.",
    sourceTitle: null,
    lines: null,
  };
}
