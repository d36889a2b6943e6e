/**
 * The repair stage, between reading the seed's lines and parsing its tables: manual
 * corrections first (a person's judgement about a printed line), then every rule of the
 * registry, point by point (lines, rows, sections, records) and in registry order at each.
 * It returns the document's sections, repaired, and every change made to the source, manual
 * or by rule, in line order.
 */
import type { AppliedCorrection, Correction } from "../../../src/schema/dataset";
import type { LineMap } from "../line-map";
import type { Seed } from "../read-seed";
import { segment, type Section } from "../segment";
import { toRows } from "../source-rows";
import type { Frameworks } from "./framework";
import { RepairLog } from "./log";
import { REPAIR_RULES } from "./registry";
import { inScope, type RepairContext } from "./rule";

export interface Repaired {
  sections: Section[];
  corrections: AppliedCorrection[];
}

export function repair(seed: Seed, manual: Correction[], frameworks: Frameworks, lineMap?: LineMap): Repaired {
  const log = new RepairLog(seed.file);
  let lines: readonly string[] = seed.lines;
  for (const rule of REPAIR_RULES) if (rule.apply.lines) lines = rule.apply.lines(lines, { log, frameworks, lines });
  const ctx: RepairContext = { log, frameworks, lines };
  const { rows, applied } = toRows(seed.file, lines, manual);
  let kept = rows;
  for (const rule of REPAIR_RULES) if (rule.apply.rows) kept = rule.apply.rows(kept, ctx);
  // Sections are split by the titles the row steps repaired.
  const sections = segment(seed.file, kept, lineMap);
  for (const rule of REPAIR_RULES) rule.apply.sections?.(inScope(rule.scope, sections), ctx);
  let corrections = [...applied, ...log.entries];
  for (const rule of REPAIR_RULES) if (rule.apply.records) corrections = rule.apply.records(corrections);
  return { sections, corrections: corrections.sort((a, b) => a.line - b.line) };
}
