/** Runs every identity of the document and returns the checks, passing or not. */
import type { ParsedTable } from "../model";
import { Checker, type InternalCheck } from "./checker";
import { checkClassified } from "./cross-classified";
import { checkCrossTables } from "./cross-tables";
import { checkCoded } from "./within-coded";
import { checkFiscal } from "./within-fiscal";
import { checkGoals, checkThreePublic } from "./within-small";
import { checkSummaryExpenditure, checkSummaryRevenue } from "./within-summary";

/** The tables keyed by classification code (functional or economic). */
const CODED_TABLE_IDS = [
  "revenue-overview", "department-expenditure", "general-budget-expenditure", "government-fund-expenditure",
  "general-budget-basic-expenditure", "economic-classification-summary",
];

export function reconcile(file: string, tables: Map<string, ParsedTable>): InternalCheck[] {
  const checker = new Checker();
  const t = (id: string) => tables.get(id)!;
  checkSummaryRevenue(checker, t("summary-revenue"));
  checkSummaryExpenditure(checker, t("summary-expenditure"));
  for (const id of CODED_TABLE_IDS) checkCoded(checker, t(id));
  checkFiscal(checker, t("fiscal-summary-revenue"), t("fiscal-summary-expenditure"));
  checkThreePublic(checker, t("three-public-expenses"));
  checkGoals(checker, t("performance-goals"));
  checkCrossTables(checker, file, tables);
  checkClassified(checker, file, tables);
  return checker.checks;
}
