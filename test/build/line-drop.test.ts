/**
 * Line-drop mutation on a deterministic sample: one line of the real seed, or of a filled
 * variant of two units, that prints an amount or is a title, header or field line, dropped or
 * printed twice. The build refuses it cleanly, or publishes the same data, or the loss is one the
 * template allows (listed with its reason). `npm run mutate:lines` runs every such line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { baseline, mutate, targetLines, type Document, type Mutation, type Target } from "../../scripts/simulate/line-drop";
import { loadFrameworks } from "../../scripts/pipeline/repair/framework";
import { simulate } from "../../scripts/simulate/simulate";
import { loadRealSeed } from "../../scripts/simulate/run-variant";
import { correctionsFileSchema } from "../../src/schema/dataset";
import { SEED_FILE, SEEDS, seedLines } from "./seed-fixtures";

const TIMEOUT = 300_000;
const opts = { seedsDir: SEEDS, frameworks: loadFrameworks(SEEDS), manifest: undefined };

/** Up to `per` lines of each role, evenly spread over the document. */
function sample(targets: Target[], per: number): Target[] {
  const byRole = new Map<string, Target[]>();
  for (const t of targets) byRole.set(t.role, [...(byRole.get(t.role) ?? []), t]);
  return [...byRole.values()].flatMap((ts) => Array.from({ length: Math.min(per, ts.length) }, (_, i) => ts[Math.floor((i * ts.length) / Math.min(per, ts.length))]!));
}

function run(doc: Document, per: number): Mutation[] {
  const base = baseline(doc, opts);
  const targets = sample(targetLines(base.source, base.amountLines), per);
  return (["drop", "duplicate"] as const).flatMap((op) => targets.map((t) => mutate(doc, opts, base.tables, t, op)));
}

const silent = (ms: Mutation[]) => ms.filter((m) => m.outcome === "changed" && !m.reason).map((m) => `${m.op} line ${m.line} (${m.role}): ${m.tables.join(", ")}`);

describe("line-drop mutation", () => {
  let real: Document;
  beforeAll(() => {
    const lines = seedLines();
    if (lines.at(-1) === "") lines.pop();
    real = { file: SEED_FILE, lines, corrections: correctionsFileSchema.parse(JSON.parse(readFileSync(join(SEEDS, "corrections.json"), "utf8"))).corrections };
  });

  it("on the real seed: every sampled line dropped or doubled is refused, changes nothing, or is a loss the template allows", () => {
    const results = run(real, 6);
    expect(silent(results)).toEqual([]);
    expect(results.filter((m) => m.outcome === "refused").length).toBeGreaterThan(results.length / 2);
  }, TIMEOUT);

  it("the department row and a long text are the losses it lists, with their reason; a figure of a table is never one", () => {
    const base = baseline(real, opts);
    const targets = targetLines(base.source, base.amountLines);
    const department = targets.find((t) => t.rows.includes("department"))!;
    const text = targets.find((t) => t.role === "field" && t.rows.includes("goals") && real.lines[t.line - 1]!.startsWith("年度履职目标"))!;
    const figure = targets.find((t) => t.role === "row" && t.rows.some((r) => /^\d{7}-/.test(r)))!;
    const [d, x, f] = [department, text, figure].map((t) => mutate(real, opts, base.tables, t, "drop"));
    expect([d!.outcome, d!.reason]).toEqual(["changed", "the department's row repeats the 合计 row figure for figure; a document may print it or not, so without it one row fewer is published and no figure is lost"]);
    expect([x!.outcome, x!.tables, x!.reason]).toEqual(["changed", ["performance-goals.annual_goal"], "a long text printed once on its sheet: no figure or identity holds it"]);
    expect([f!.outcome, f!.rule]).toEqual(["refused", "reconcile"]);
  }, TIMEOUT);

  it("on a filled variant of two units (BOM and CRLF): the same", () => {
    const v = simulate(loadRealSeed(SEEDS), { seed: 5, fill: true, units: 2, rename: false, rescale: false, reorder: false, encoding: { bom: true, crlf: true } });
    const lines = v.text.replace(/^\ufeff/, "").split(/\r?\n/);
    if (lines.at(-1) === "") lines.pop();
    const results = run({ file: v.file, lines, corrections: v.corrections }, 4);
    expect(silent(results)).toEqual([]);
    // The filled tables' own lines are among those sampled, and refused when dropped.
    expect(results.filter((m) => m.op === "drop" && m.outcome === "refused").length).toBeGreaterThan(10);
  }, TIMEOUT);
});
