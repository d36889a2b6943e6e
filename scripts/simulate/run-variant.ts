/**
 * Builds one simulated variant with the real pipeline, in a temporary seeds folder of its own, and
 * compares what it publishes with what the real seed's published data predicts.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatasetBundle } from "../../src/schema/bundle";
import { correctionsFileSchema } from "../../src/schema/dataset";
import { buildAll, seedDocuments } from "../pipeline/build-all";
import { compareVariantTables, describeDifferences, type Difference } from "./compare";
import { expectedTables, sourceDifferences } from "./expected";
import { simulate, type SeedInput, type SimulationOptions, type Variant } from "./simulate";
import { frameworkCsv, indicatorFramework } from "./vocabulary";

export interface RealSeed extends SeedInput {
  seedsDir: string;
  /** The real seed's dataset as the build publishes it. */
  published: DatasetBundle;
}

/** The first seed document of a folder, its corrections, and its published dataset (built once). */
export function loadRealSeed(seedsDir: string): RealSeed {
  const file = seedDocuments(seedsDir)[0];
  if (!file) throw new Error(`no seed document in ${seedsDir}`);
  const { corrections } = correctionsFileSchema.parse(JSON.parse(readFileSync(join(seedsDir, "corrections.json"), "utf8")));
  const csv = frameworkCsv(seedsDir);
  const published = buildAll(seedsDir).datasets.find((d) => d.meta.source.file === file)!;
  return { seedsDir, file, text: readFileSync(join(seedsDir, file), "utf8"), corrections, frameworks: { project: indicatorFramework(csv, "project"), department: indicatorFramework(csv, "department") }, published };
}

/** Only the real rules leave this marker; everything else in meta.corrections came from corrections.json. */
const isManual = (c: object) => !Object.values(c).includes("rule");

export interface VariantResult {
  variant: Variant;
  built: boolean;
  /** The build's error (file:line: [rule] …), when it failed. */
  error: string | null;
  differences: Difference[];
  manualApplied: number;
  manualExpected: number;
  matched: boolean;
  /** A readable account of what went wrong, or "" when it matched. */
  report: string;
}

function expectedManualCount(v: Variant): number {
  const lines = v.text.split("\n");
  return v.corrections.reduce((n, c) => {
    const [from, to] = c.lines ?? [c.line!, c.line!];
    let k = 0;
    for (let l = from; l <= to; l++) if (!c.lines || lines[l - 1]!.trim() !== "") k++;
    return n + k;
  }, 0);
}

export function runVariant(real: RealSeed, opts: SimulationOptions): VariantResult {
  return buildAndCompare(real, simulate(real, opts), `seed ${opts.seed}`);
}

/** Builds a variant (possibly edited further by hand) and compares it with its prediction. */
export function buildAndCompare(real: RealSeed, variant: Variant, label: string): VariantResult {
  const dir = mkdtempSync(join(tmpdir(), "sim-seeds-"));
  try {
    for (const f of readdirSync(real.seedsDir)) {
      if (!f.endsWith(".txt") && f !== "corrections.json" && f !== "manifest.json") copyFileSync(join(real.seedsDir, f), join(dir, f));
    }
    writeFileSync(join(dir, variant.file), variant.text);
    writeFileSync(join(dir, "corrections.json"), JSON.stringify({ corrections: variant.corrections }, null, 1));
    const manualExpected = expectedManualCount(variant);
    let dataset: DatasetBundle;
    try {
      dataset = buildAll(dir).datasets[0]!;
    } catch (e) {
      const error = (e as Error).message;
      return { variant, built: false, error, differences: [], manualApplied: 0, manualExpected, matched: false, report: `${label}: build failed:\n${error}` };
    }
    const expected = expectedTables(variant, real.file, real.published.tables);
    // The line map is the variant's own text, checked line by line; every other table against its prediction.
    const { source = [], ...tables } = dataset.tables;
    const differences = compareVariantTables(variant, expected, tables);
    for (const d of sourceDifferences(variant, source)) {
      differences.push({ table: "source", row: d.row, id: `L${d.row + 1}`, field: "text", expected: d.expected, actual: d.actual, line: d.row + 1 });
    }
    const meta = dataset.meta;
    const [dep, year] = [variant.renaming.department[1], Number(variant.renaming.year[1])];
    if (meta.department !== dep) differences.unshift({ table: "(meta)", row: -1, id: "-", field: "department", expected: dep, actual: meta.department });
    if (meta.year !== year) differences.unshift({ table: "(meta)", row: -1, id: "-", field: "year", expected: year, actual: meta.year });
    const manualApplied = meta.corrections.filter(isManual).length;
    const problems: string[] = [];
    if (differences.length) problems.push(describeDifferences(differences));
    if (manualApplied !== manualExpected) problems.push(`manual corrections applied: ${manualApplied}, carried over: ${manualExpected}`);
    const matched = problems.length === 0;
    return { variant, built: true, error: null, differences, manualApplied, manualExpected, matched, report: matched ? "" : `${label}: built, but:\n${problems.join("\n")}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
