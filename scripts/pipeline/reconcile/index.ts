/** Runs every identity of the document and returns the checks, passing or not. */
import type { ParsedTable } from "../model";
import { Checker, type InternalCheck } from "./checker";
import { checkCrossTables } from "./cross-tables";
import { checkCoded } from "./within-coded";
import { checkFiscal } from "./within-fiscal";
import { checkGoals, checkThreePublic } from "./within-small";
import { checkSummaryExpenditure, checkSummaryRevenue } from "./within-summary";

export function reconcile(file: string, tables: Map<string, ParsedTable>): InternalCheck[] {
  const checker = new Checker();
  const t = (id: string) => tables.get(id)!;
  checkSummaryRevenue(checker, t("summary-revenue"));
  checkSummaryExpenditure(checker, t("summary-expenditure"));
  for (const id of ["department-expenditure", "general-budget-expenditure", "government-fund-expenditure"]) checkCoded(checker, t(id));
  checkFiscal(checker, t("fiscal-summary-revenue"), t("fiscal-summary-expenditure"));
  checkThreePublic(checker, t("three-public-expenses"));
  checkGoals(checker, t("performance-goals"));
  checkCrossTables(checker, file, tables);
  return checker.checks;
}
