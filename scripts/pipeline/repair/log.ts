/**
 * What a repair rule did, recorded like a manual correction (file, line, printed cells,
 * published cells) with the rule's id and a reason built from the evidence, so a reader of
 * the published data still sees every change made to the source.
 */
import type { AppliedCorrection } from "../../../src/schema/dataset";
import type { RuleId } from "./rule-id";

export class RepairLog {
  readonly entries: AppliedCorrection[] = [];

  constructor(readonly file: string) {}

  /** `reason` in English, `reasonZh` the same in Chinese (what the Chinese pages show). */
  record(line: number, rule: RuleId, printed: string[], published: (string | null)[] | null, reason: string, reasonZh?: string): void {
    this.entries.push({ file: this.file, line, kind: rule, source: "rule", printed, published, reason, ...(reasonZh ? { reason_zh: reasonZh } : {}) });
  }
}
