/**
 * What a repair rule did, recorded like a manual correction (file, line, printed cells,
 * published cells) with the rule's id and a reason built from the evidence, so a reader of
 * the published data still sees every change made to the source.
 */
import type { AppliedCorrection } from "../../../src/schema/dataset";
import type { RuleId } from "./registry";

export class RepairLog {
  readonly entries: AppliedCorrection[] = [];

  constructor(readonly file: string) {}

  record(line: number, rule: RuleId, printed: string[], published: (string | null)[] | null, reason: string): void {
    this.entries.push({ file: this.file, line, kind: rule, source: "rule", printed, published, reason });
  }
}
