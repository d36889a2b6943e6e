/** The tables derived from the parsed document: the facts with their checks, and year over year for the projects. */
import { TABLES } from "../../../src/schema/tables";
import type { ParsedTable } from "../model";
import type { InternalCheck } from "../reconcile/checker";
import { checkFacts } from "../reconcile/facts";
import { buildFacts } from "./facts";
import { projectChanges } from "./project-changes";

export interface Derived {
  facts: ParsedTable;
  checks: InternalCheck[];
  tables: ParsedTable[];
}

export function deriveTables(file: string, tables: Map<string, ParsedTable>, classifications: ParsedTable, economicNames: Map<string, string> | null = null): Derived {
  const facts = buildFacts(file, tables, classifications, economicNames);
  return { facts, checks: checkFacts(facts, tables, file), tables: [facts, projectChanges(file, tables.get(TABLES.projects.id)!)] };
}
