/**
 * Manual corrections carried from the seed to a variant: only those whose every line the simulator
 * printed unchanged (renamed and rescaled like the rest), moved to the lines' new numbers.
 */
import type { Correction } from "../../src/schema/dataset";
import type { VLine } from "./document";
import { transformCell, type Region, type Renaming } from "./systematic";

const span = (c: Correction): [number, number] => c.lines ?? [c.line!, c.line!];

export function correctionLines(corrections: Correction[]): Set<number> {
  const lines = new Set<number>();
  for (const c of corrections) {
    const [from, to] = span(c);
    for (let n = from; n <= to; n++) lines.add(n);
  }
  return lines;
}

export function carryCorrections(corrections: Correction[], variant: VLine[], file: string, r: Renaming, region: Region[], seedLines: string[]): Correction[] {
  const at = new Map<number, number>();
  variant.forEach((l, i) => {
    if (l.origin !== null && !l.changed) at.set(l.origin, i + 1);
  });
  const carried: Correction[] = [];
  for (const c of corrections) {
    const [from, to] = span(c);
    const moved = Array.from({ length: to - from + 1 }, (_, i) => at.get(from + i));
    if (moved.some((n, i) => n === undefined || n !== moved[0]! + i)) continue;
    const first = seedLines[from - 1]!.split("\t")[0]!;
    const map = (v: string, i: number) => transformCell(r, region[from - 1]!, first, c.at + i, v);
    const where = c.lines ? { lines: [moved[0]!, moved[moved.length - 1]!] as [number, number] } : { line: moved[0]! };
    const { line: _l, lines: _ls, ...rest } = c;
    carried.push({
      ...rest,
      ...where,
      file,
      printed: c.printed.map(map),
      published: c.published === null ? null : c.published.map((v, i) => (v === null ? null : map(v, i))),
      reason: c.reason.replaceAll(r.department[0], r.department[1]),
    });
  }
  return carried;
}
