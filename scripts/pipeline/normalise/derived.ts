/** The tables derived from the parsed document: the facts, and year over year for the projects (their checks are reconcile/facts.ts). */
import { TABLES } from "../../../src/schema/tables";
import type { ParsedTable } from "../model";
import { buildFacts } from "./facts";
import { projectChanges } from "./project-changes";

export interface Derived {
  facts: ParsedTable;
  tables: ParsedTable[];
}

export function deriveTables(file: string, tables: Map<string, ParsedTable>, classifications: ParsedTable, economicNames: Map<string, string> | null = null): Derived {
  const facts = buildFacts(file, tables, classifications, economicNames);
  return { facts, tables: [facts, projectChanges(file, tables.get(TABLES.projects.id)!)] };
}
