/**
 * Merged-cell drift and OCR slips of the indicator tables' labels: a 一级 label moved to another row of
 * its group, or onto the last row of the group before (only onto rows whose column 1 is empty), a
 * 二级 label repeated in the 一级 column, and slips of 一级 and 二级 labels. Published data is unchanged: the 二级 group decides the 一级 label.
 */
import { cellsOf, indicatorGroups, setCells, type VLine } from "../document";
import { POSITIONAL_SLIPS, SLIPS, type Slip } from "../vocabulary";
import type { ArtefactContext } from "./context";

const c1 = (cells: string[]) => (cells[0] ?? "").trim();

function misreading(ctx: ArtefactContext, slips: Slip[], place: Slip["place"], word: string): string | null {
  const options = slips.filter((s) => s.place === place && s.word === word).flatMap((s) => s.misreadings);
  return options.length ? ctx.rng.pick(options) : null;
}

export interface LabelOptions {
  moves: boolean;
  /** Chance that an eligible group's label moves. */
  moveChance: number;
  slips: boolean;
  positionalSlips: boolean;
}

export interface LabelTable {
  lines: VLine[];
  framework: Map<string, string>;
}

export function driftLabels(ctx: ArtefactContext, tables: LabelTable[], opts: LabelOptions): { moves: number; echoes: number; slips: number } {
  const slips = opts.positionalSlips ? [...SLIPS, ...POSITIONAL_SLIPS] : SLIPS;
  let moves = 0;
  let slipped = 0;
  let echoed = 0;
  for (const { lines: sheet, framework } of tables) {
    const groups = indicatorGroups(sheet, framework);
    if (!groups) continue;
    groups.forEach((g, gi) => {
      const rows = g.rows.map((i) => sheet[i]!);
      if (g.level1 === null || rows.some(ctx.isProtected)) return;
      const labelled = g.rows.filter((i) => c1(cellsOf(sheet[i]!)) !== "");
      if (labelled.length !== 1 || c1(cellsOf(sheet[labelled[0]!]!)) !== g.level1) return;
      let at = labelled[0]!;
      if (opts.moves && ctx.rng.chance(opts.moveChance)) {
        const targets = g.rows.filter((i) => i !== at && c1(cellsOf(sheet[i]!)) === "");
        const previous = gi > 0 && groups[gi - 1]!.level1 !== null ? groups[gi - 1]! : null;
        const before = previous ? previous.rows[previous.rows.length - 1]! : null;
        if (before !== null && !ctx.isProtected(sheet[before]!) && c1(cellsOf(sheet[before]!)) === "") targets.push(before);
        if (targets.length) {
          const to = ctx.rng.pick(targets);
          const from = cellsOf(sheet[at]!);
          const dest = cellsOf(sheet[to]!);
          dest[0] = from[0]!;
          from[0] = "";
          setCells(sheet[at]!, from);
          setCells(sheet[to]!, dest);
          at = to;
          moves++;
        }
      }
      // The 二级 label repeated in the 一级 column of another row of the group (as the real seed prints 资产管理│资产管理).
      const echoes = g.rows.filter((i) => i !== at && c1(cellsOf(sheet[i]!)) === "" && (cellsOf(sheet[i]!)[1] ?? "").trim() !== "");
      if (opts.moves && echoes.length && ctx.rng.chance(0.1)) {
        const row = ctx.rng.pick(echoes);
        const cells = cellsOf(sheet[row]!);
        cells[0] = cells[1]!.trim();
        setCells(sheet[row]!, cells);
        echoed++;
      }
      if (opts.slips && ctx.rng.chance(0.15)) {
        const wrong = misreading(ctx, slips, "level1", g.level1!);
        if (wrong) {
          const cells = cellsOf(sheet[at]!);
          cells[0] = cells[0]!.replace(g.level1!, wrong);
          setCells(sheet[at]!, cells);
          slipped++;
        }
      }
    });
    if (!opts.slips) continue;
    for (const g of groups) {
      for (const i of g.rows) {
        const line = sheet[i]!;
        const cells = cellsOf(line);
        const level2 = (cells[1] ?? "").trim();
        const wrong = level2 ? misreading(ctx, slips, "level2", level2) : null;
        if (!wrong || ctx.isProtected(line) || !ctx.rng.chance(0.15)) continue;
        cells[1] = cells[1]!.replace(level2, wrong);
        setCells(line, cells);
        slipped++;
      }
    }
  }
  return { moves, echoes: echoed, slips: slipped };
}

/** Slips of a project sheet's field names and of a table title. */
export function slipWords(ctx: ArtefactContext): number {
  let n = 0;
  for (const sheet of ctx.sheets) {
    for (const line of sheet) {
      const cells = cellsOf(line);
      const wrong = misreading(ctx, SLIPS, "field", c1(cells));
      if (!wrong || ctx.isProtected(line) || !ctx.rng.chance(0.15)) continue;
      cells[0] = cells[0]!.replace(c1(cells), wrong);
      setCells(line, cells);
      n++;
    }
  }
  for (const s of SLIPS.filter((s) => s.place === "title")) {
    for (const line of ctx.head) {
      if (!line.text.trim().endsWith(s.word) || ctx.isProtected(line) || !ctx.rng.chance(0.5)) continue;
      setCells(line, [line.text.replace(s.word, ctx.rng.pick(s.misreadings))]);
      n++;
    }
  }
  return n;
}
