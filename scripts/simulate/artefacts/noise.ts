/**
 * Lines that carry no content: rules of dashes between two text fields of a project sheet, and page
 * stamps (a blank line, one short cell of characters that form no template word, a blank line)
 * between indicator rows.
 */
import { cellsOf, indicatorRange, inserted, isBlank, type VLine } from "../document";
import { STAMP_CHARS, TEXT_FIELDS } from "../vocabulary";
import type { ArtefactContext } from "./context";

const RULES = ["------\t--", "———", "- - - -", "-------\t--"];

const field = (line: VLine) => (cellsOf(line)[0] ?? "").trim();

function nextNonBlank(sheet: VLine[], i: number): number {
  let j = i + 1;
  while (j < sheet.length && isBlank(sheet[j]!)) j++;
  return j;
}

export function noiseLines(ctx: ArtefactContext): { rules: number; stamps: number } {
  let rules = 0;
  let stamps = 0;
  for (const sheet of ctx.sheets) {
    const inserts: { after: number; lines: VLine[] }[] = [];
    for (let i = 0; i < sheet.length; i++) {
      const j = nextNonBlank(sheet, i);
      if (j >= sheet.length) continue;
      const both = (TEXT_FIELDS as readonly string[]).includes(field(sheet[i]!)) && (TEXT_FIELDS as readonly string[]).includes(field(sheet[j]!));
      if (!both || ctx.splitsRange(sheet[i], sheet[i + 1]) || !ctx.rng.chance(0.05)) continue;
      inserts.push({ after: i, lines: [inserted(ctx.rng.pick(RULES))] });
      rules++;
    }
    const range = indicatorRange(sheet);
    if (range) {
      for (let i = range[0]; i < range[1] - 1; i++) {
        if (isBlank(sheet[i]!) || isBlank(sheet[i + 1]!) || ctx.splitsRange(sheet[i], sheet[i + 1]) || !ctx.rng.chance(0.02)) continue;
        const stamp = Array.from({ length: ctx.rng.int(2, 6) }, () => ctx.rng.pick([...STAMP_CHARS])).join("");
        inserts.push({ after: i, lines: [inserted(""), inserted(stamp), inserted("")] });
        stamps++;
      }
    }
    for (const ins of inserts.sort((a, b) => b.after - a.after)) sheet.splice(ins.after + 1, 0, ...ins.lines);
  }
  return { rules, stamps };
}
