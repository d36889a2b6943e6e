/**
 * The shape of a repair rule. A rule is data the build runs and the README lists: its id
 * (the `kind` of every record it writes), what it repairs in words, where it may act, and
 * the steps it takes at the points of the repair where it acts.
 */
import type { AppliedCorrection } from "../../../src/schema/dataset";
import type { Section, SectionKind } from "../segment";
import type { SourceRow } from "../source-rows";
import type { Frameworks } from "./framework";
import type { RepairLog } from "./log";
import type { RuleId } from "./rule-id";

export interface RuleDescription {
  /** What it repairs, as the README's rule table says. */
  repairs: string;
  /** The kind's name where a record is shown (src/pages/labels.ts prints the same pair). */
  zh: string;
  en: string;
}

export interface RuleScope {
  /** The kinds of section the rule is given; all where not named. */
  sections?: readonly SectionKind[];
  /** The budget tables it is given, by template title; every table of those kinds where not named. */
  tables?: readonly string[];
  /** What it may change, in words (the README's "acts on" column). */
  touches: string;
}

export interface RepairContext {
  readonly log: RepairLog;
  readonly frameworks: Frameworks;
  /** The seed's lines as the rules after the line steps see them: a rule looks around a row by them. */
  readonly lines: readonly string[];
}

/**
 * The points of the repair, in the order they come: the seed's lines, its rows of cells (the
 * manual corrections applied), its sections (split by the repaired titles), and the records of
 * every change before they are published. A rule has a step at each point where it acts.
 */
export interface RuleSteps {
  lines?: (lines: readonly string[], ctx: RepairContext) => string[];
  /** Returns the rows kept. */
  rows?: (rows: SourceRow[], ctx: RepairContext) => SourceRow[];
  /** Given only the sections of the rule's scope; changes them in place. */
  sections?: (sections: Section[], ctx: RepairContext) => void;
  records?: (records: AppliedCorrection[]) => AppliedCorrection[];
}

export const STEP_POINTS = ["lines", "rows", "sections", "records"] as const satisfies readonly (keyof RuleSteps)[];

export interface RepairRule {
  id: RuleId;
  describe: RuleDescription;
  scope: RuleScope;
  apply: RuleSteps;
}

/** The sections a rule's scope gives it, in document order. */
export function inScope(scope: RuleScope, sections: Section[]): Section[] {
  return sections.filter((s) => (!scope.sections || scope.sections.includes(s.kind)) && (!scope.tables || scope.tables.includes(s.title)));
}
