/**
 * The artefact simulator's proof of issue 9: variants of the real seed (renamed, rescaled, sheets
 * reordered, PDF artefacts on other rows) must build with no new manual correction and publish exactly
 * the real seed's data mapped through those changes.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { compareTables, describeDifferences } from "../../scripts/simulate/compare";
import { expectedTables } from "../../scripts/simulate/expected";
import { maskMobile } from "../../scripts/simulate/artefacts/mobiles";
import { loadRealSeed, runVariant, type RealSeed } from "../../scripts/simulate/run-variant";
import { ARTEFACT_KINDS, simulate, type ArtefactKind } from "../../scripts/simulate/simulate";
import { editDistance } from "../../src/lib/edit-distance";
import { placeVocabulary, POSITIONAL_SLIPS, SLIPS } from "../../scripts/simulate/vocabulary";
import { SEEDS } from "./seed-fixtures";

// Builds take about a second each on a loaded machine; nothing here depends on speed.
const TIMEOUT = 180_000;
const ALL = Object.fromEntries(ARTEFACT_KINDS.map((k) => [k, true])) as Record<ArtefactKind, boolean>;

let real: RealSeed;
beforeAll(() => {
  real = loadRealSeed(SEEDS);
}, TIMEOUT);

const manualCorrectionsOfMobiles = () => real.corrections.filter((c) => c.kind === "masked-personal-data").length;

describe("the simulator", () => {
  it("draws OCR slips each nearer to its word than to any other word of its place", () => {
    for (const s of SLIPS) {
      const vocabulary = placeVocabulary(s.place, real.frameworks.project);
      expect(vocabulary).toContain(s.word);
      for (const m of s.misreadings) {
        const d = editDistance(m, s.word);
        expect([m, d <= ([...s.word].length <= 3 ? 1 : 2)]).toEqual([m, true]);
        for (const other of vocabulary.filter((w) => w !== s.word)) expect([m, other, editDistance(m, other) > d]).toEqual([m, other, true]);
      }
    }
    // The real seed's own slips of 产出目标 are as near to 效果目标: only the 二级 group can decide them.
    for (const m of POSITIONAL_SLIPS[0]!.misreadings) expect([editDistance(m, "产出目标"), editDistance(m, "效果目标")]).toEqual([2, 2]);
  });

  it("masks digits 4–7 of a mobile's national number and keeps the rest as printed", () => {
    expect(["15138866896", "138-1234-5678", "138 1234 5678", "+86 13812345678", "+8613812345678"].map(maskMobile)).toEqual([
      "151****6896", "138-****-5678", "138 **** 5678", "+86 138****5678", "+86138****5678",
    ]);
  });

  it("is deterministic: the same seed gives the same document", () => {
    const a = simulate(real, { seed: 7, artefacts: ALL });
    const b = simulate(real, { seed: 7, artefacts: ALL });
    expect(a.text).toBe(b.text);
    expect(simulate(real, { seed: 8, artefacts: ALL }).text).not.toBe(a.text);
  });

  it("prints every artefact kind when all are on, and leaves the lines of manual corrections alone (only the mobiles' are replaced)", () => {
    for (const seed of [1, 2, 3]) {
      const v = simulate(real, { seed, artefacts: ALL });
      for (const key of ["labelMoves", "labelEchoes", "goalsLabelMoves", "slips", "radicals", "rules", "stamps", "mobiles"]) expect([seed, key, v.counts[key]! > 0]).toEqual([seed, key, true]);
      expect(v.corrections.length).toBe(real.corrections.length - manualCorrectionsOfMobiles());
      const lines = v.text.split("\n");
      for (const c of v.corrections) {
        const [from, to] = c.lines ?? [c.line!, c.line!];
        for (let l = from; l <= to; l++) if (lines[l - 1]!.trim() !== "") expect(lines[l - 1]!.split("\t").slice(c.at, c.at + c.printed.length)).toEqual(c.printed);
      }
    }
  });

  it("renames, rescales and reorders: ids follow the new order, amounts are × k", () => {
    const v = simulate(real, { seed: 5 });
    expect(v.renaming.k).toBeGreaterThanOrEqual(2);
    expect(v.renaming.department[1]).not.toBe(v.renaming.department[0]);
    expect(v.renaming.year[1]).not.toBe(v.renaming.year[0]);
    expect(v.renaming.unitCode[1]).not.toBe(v.renaming.unitCode[0]);
    expect([...v.projectIds].filter(([a, b]) => a !== b).length).toBeGreaterThan(20);
    expect(v.text).not.toContain(real.published.meta.department);
    const expected = expectedTables(v, real.file, real.published.tables);
    const total = (rows: typeof expected[string]) => rows.find((r) => r.row_kind === "total")!.total as number;
    expect(total(expected["summary-expenditure"]!)).toBe((Math.round(total(real.published.tables["summary-expenditure"]!) * 100) * v.renaming.k) / 100);
    expect(expected.projects!.map((p) => p.id)).toEqual(Array.from({ length: 25 }, (_, i) => `p${String(i + 1).padStart(2, "0")}`));
  });
});

describe("the comparison", () => {
  it("reports each differing cell readably, and the unmapped real data differs from a variant's", () => {
    const r = runVariant(real, { seed: 3 });
    expect(r.report).toBe("");
    const v = r.variant;
    const expected = expectedTables(v, real.file, real.published.tables);
    const wrong = structuredClone(expected);
    wrong.projects![4]!.phone = "6633623";
    wrong["budget-lines"]![0]!.amount = 1;
    const diffs = compareTables(wrong, expected);
    expect(diffs.map((d) => `${d.table}.${d.id}.${d.field}`)).toEqual(["projects.p05.phone", `budget-lines.${expected["budget-lines"]![0]!.id}.amount`]);
    expect(describeDifferences(diffs)).toContain(`projects[4] p05.phone: expected "6633623", got ${JSON.stringify(expected.projects![4]!.phone)} (line ${expected.projects![4]!.source_line})`);
    const unmapped = compareTables(real.published.tables, expected);
    for (const field of ["amount", "id", "unit_code", "department", "start_date", "source_file"]) expect(unmapped.some((d) => d.field === field)).toBe(true);
  }, TIMEOUT);
});

describe("artefact-free variants: renamed, rescaled, sheets reordered, manual corrections carried", () => {
  it.each([1, 2, 3, 4, 5])("seed %i builds and publishes the real data mapped", (seed) => {
    const r = runVariant(real, { seed });
    expect(r.report).toBe("");
    expect(r.manualApplied).toBe(r.manualExpected);
    expect(r.variant.corrections.length).toBe(real.corrections.length);
  }, TIMEOUT);
});

describe("one artefact kind at a time (a failure names the kind the repair rules miss)", () => {
  it.each(ARTEFACT_KINDS)("%s", (kind) => {
    for (const seed of [101, 102]) {
      const r = runVariant(real, { seed, artefacts: { [kind]: true } });
      expect(Object.values(r.variant.counts).some((n) => n > 0)).toBe(true);
      expect(r.report).toBe("");
    }
  }, TIMEOUT);
});

describe("20 random variants with every artefact kind", () => {
  it.each(Array.from({ length: 20 }, (_, i) => 1000 + i))("seed %i builds with no new manual correction and matches", (seed) => {
    const r = runVariant(real, { seed, artefacts: ALL });
    expect(r.report).toBe("");
    expect(r.manualApplied).toBe(r.manualExpected);
  }, TIMEOUT);
});
