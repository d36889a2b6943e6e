/**
 * The artefact simulator: from a real seed of the template and a seed number, a new disclosure of the
 * same template (renamed, rescaled, sheets reordered, and the PDF artefacts each option switches on),
 * plus what it takes to predict its published data independently of the pipeline.
 */
import type { Correction } from "../../src/schema/dataset";
import { driftLabels, slipWords } from "./artefacts/labels";
import { mobiles } from "./artefacts/mobiles";
import { noiseLines } from "./artefacts/noise";
import { radicals } from "./artefacts/radicals";
import type { ArtefactContext } from "./artefacts/context";
import { carryCorrections, correctionLines } from "./carry-corrections";
import { sheetStarts, splitSheets, type VLine } from "./document";
import { fillTables, type FillLayout, type FillOptions, type Tables } from "./fill";
import { rng } from "./prng";
import { regions, transformLine, type Renaming } from "./systematic";

export const ARTEFACT_KINDS = ["labels", "goalsLabels", "slips", "radicals", "noise", "mobiles"] as const;
export type ArtefactKind = (typeof ARTEFACT_KINDS)[number];

export interface SimulationOptions {
  /** The PRNG seed: the same number gives the same variant. */
  seed: number;
  /** Rename department, year and unit code (default true). */
  rename?: boolean;
  /** Multiply every amount by a whole k in 2..9 (default true). */
  rescale?: boolean;
  /** Permute the project sheets (default true). */
  reorder?: boolean;
  /** Artefacts to print; each defaults to false. */
  artefacts?: Partial<Record<ArtefactKind, boolean>>;
  /** Also draw the real seed's 厂办目标 / 项目目标, which only the 二级 group can decide (default false). */
  positionalSlips?: boolean;
  /** Fill the tables the seed prints empty (true: all three, layout drawn from the PRNG). */
  fill?: boolean | FillOptions;
  /** Budget units of the department (default 1): 2 or more reprint every coded table with unit rows. */
  units?: number;
  /** How the file is saved: a UTF-8 byte-order mark, CRLF line ends. */
  encoding?: { bom?: boolean; crlf?: boolean };
}

export interface SeedInput {
  file: string;
  /** The seeds folder the classification lists are read from (default: the repository's seeds/). */
  seedsDir?: string;
  text: string;
  corrections: Correction[];
  /** level2 → level1 of the project sheets and of the 整体绩效目标表 (the template's indicator framework). */
  frameworks: { project: Map<string, string>; department: Map<string, string> };
}

export interface Variant {
  file: string;
  text: string;
  /** The manual corrections carried over (only those of lines printed unchanged). */
  corrections: Correction[];
  renaming: Renaming;
  /** Seed project id → variant project id (p01… follow document order). */
  projectIds: Map<string, string>;
  /** Expected published phone by seed project id, where a mobile was printed. */
  phones: Map<string, string>;
  /** How many of each artefact were printed. */
  counts: Record<string, number>;
  /** The rows the build must publish for every table the simulator printed afresh (filled or split into units). */
  expected: Tables;
  /** The filled tables' layout and the units, when fill or units was asked for. */
  filled: { layout: FillLayout; units: string[] | null } | null;
}

const CITIES = ["洛阳市", "开封市", "新乡市", "南阳市", "许昌市", "安阳市", "焦作市", "信阳市"];
const OFFICES = ["发展和改革委员会", "教育局", "自然资源局", "农业农村局", "商务局", "统计局", "审计局"];

const pid = (i: number) => `p${String(i + 1).padStart(2, "0")}`;

function detectRenaming(text: string, r: ReturnType<typeof rng>, opts: SimulationOptions): Renaming {
  const department = /^单位\s*[：:]\s*(.+)$/m.exec(text)?.[1]?.trim();
  const year = /^(\d{4})年/m.exec(text)?.[1];
  const unitCode = /\n\d{3}\t\d{2}\t\d{2}\t(\d{3})\t/.exec(text)?.[1];
  if (!department || !year || !unitCode) throw new Error("the seed names no department (单位：), year (YYYY年…) or unit code");
  const rename = opts.rename ?? true;
  const newYear = String(Number(year) + r.int(1, 8));
  let newCode = String(r.int(100, 999));
  if (newCode === unitCode) newCode = String(r.int(100, 999)).replace(unitCode, "999");
  return {
    department: [department, rename ? `${r.pick(CITIES)}${r.pick(OFFICES)}` : department],
    year: [year, rename ? newYear : year],
    unitCode: [unitCode, rename ? newCode : unitCode],
    k: opts.rescale ?? true ? r.int(2, 9) : 1,
  };
}

export function simulate(seed: SeedInput, opts: SimulationOptions): Variant {
  const r = rng(opts.seed);
  const renaming = detectRenaming(seed.text, r, opts);
  const seedLines = seed.text.split("\n");
  const region = regions(seedLines);
  let lines: VLine[] = seedLines.map((text, i) => ({ text: transformLine(renaming, region[i]!, text), origin: i + 1, changed: false }));
  const file = `sim_${String(opts.seed).padStart(6, "0")}.txt`;
  let expected: Tables = {};
  let filled: Variant["filled"] = null;
  const units = opts.units ?? 1;
  if (opts.fill || units > 1) {
    // Its own PRNG stream: a variant with fill off draws exactly what it drew before fill existed.
    const fill: FillOptions = opts.fill === true ? {} : opts.fill || { revenue: false, basic: false, economic: false };
    const cut = sheetStarts(lines)[0] ?? lines.length;
    const f = fillTables({ head: lines.slice(0, cut), rng: rng((opts.seed ^ 0x5f11ed) >>> 0), file, department: renaming.department[1], year: renaming.year[1], seedsDir: seed.seedsDir, fill, units });
    lines = [...f.head, ...lines.slice(cut)];
    expected = f.expected;
    filled = { layout: f.layout, units: f.units };
  }
  const own = seed.corrections.filter((c) => c.file === seed.file);
  const named = correctionLines(own);
  const ranges = own.filter((c) => c.lines).map((c) => c.lines!);
  const { head, sheets } = splitSheets(lines);
  const ctx: ArtefactContext = {
    rng: r,
    head,
    sheets,
    isProtected: (l) => l.origin !== null && named.has(l.origin),
    splitsRange: (a, b) => a?.origin != null && b?.origin != null && ranges.some(([f, t]) => a.origin! >= f && b.origin! <= t),
  };
  const on = opts.artefacts ?? {};
  const counts: Record<string, number> = {};
  let phonesBySheet = new Map<number, string>();
  if (on.mobiles) {
    phonesBySheet = mobiles(ctx);
    counts.mobiles = phonesBySheet.size;
  }
  if (on.labels || on.slips) {
    const tables = sheets.map((lines) => ({ lines, framework: seed.frameworks.project }));
    const d = driftLabels(ctx, tables, { moves: !!on.labels, moveChance: 0.35, slips: !!on.slips, positionalSlips: !!opts.positionalSlips });
    if (on.labels) Object.assign(counts, { labelMoves: d.moves, labelEchoes: d.echoes });
    if (on.slips) counts.slips = d.slips + slipWords(ctx);
  }
  if (on.goalsLabels) {
    const d = driftLabels(ctx, [{ lines: head, framework: seed.frameworks.department }], { moves: true, moveChance: 0.8, slips: false, positionalSlips: false });
    counts.goalsLabelMoves = d.moves + d.echoes;
  }
  if (on.radicals) counts.radicals = radicals(ctx);
  if (on.noise) Object.assign(counts, noiseLines(ctx));

  const order = opts.reorder ?? true ? r.shuffle(sheets.map((_, i) => i)) : sheets.map((_, i) => i);
  const out: VLine[] = [...head];
  order.forEach((s, position) => {
    const sheet = [...sheets[s]!];
    if (opts.reorder ?? true) {
      while (sheet.length && sheet[sheet.length - 1]!.text.trim() === "") sheet.pop();
      if (position < order.length - 1) sheet.push({ text: "", origin: null, changed: true });
    }
    out.push(...sheet);
  });
  const projectIds = new Map(order.map((s, position) => [pid(s), pid(position)]));
  const phones = new Map([...phonesBySheet].map(([s, phone]) => [pid(s), phone]));
  const corrections = carryCorrections(own, out, file, renaming, region, seedLines);
  const enc = opts.encoding ?? {};
  const text = (enc.bom ? "\uFEFF" : "") + out.map((l) => l.text).join(enc.crlf ? "\r\n" : "\n");
  return { file, text, corrections, renaming, projectIds, phones, counts, expected, filled };
}
