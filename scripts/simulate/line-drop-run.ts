/**
 * npm run mutate:lines — drops, then duplicates, every line of the real seed that prints an
 * amount or is a title, header or field line, and reports how many builds were refused, how
 * many published the same data, and each line whose loss changed the data, with the tables.
 * LINE_DROP_VARIANT=<seed> runs it on a simulated variant instead: the empty tables filled, two
 * units, BOM and CRLF (not renamed, so its lines read like the seed's).
 */
import { resolve } from "node:path";
import { loadFrameworks } from "../pipeline/repair/framework";
import { baseline, mutate, targetLines, type Mutation, type Operation } from "./line-drop";
import { loadRealSeed } from "./run-variant";
import { simulate } from "./simulate";

const seeds = resolve(import.meta.dirname, "../../seeds");
const real = loadRealSeed(seeds);
const variantSeed = process.env.LINE_DROP_VARIANT;
const variant = variantSeed ? simulate(real, { seed: Number(variantSeed), fill: true, units: 2, rename: false, rescale: false, reorder: false, encoding: { bom: true, crlf: true } }) : null;
const file = variant?.file ?? real.file;
const lines = (variant?.text ?? real.text).replace(/^\ufeff/, "").split(/\r?\n/);
if (lines.at(-1) === "") lines.pop();
const doc = { file, lines, corrections: variant?.corrections ?? real.corrections };
const opts = { seedsDir: seeds, frameworks: loadFrameworks(seeds), manifest: undefined };
const base = baseline(doc, opts);
const targets = targetLines(base.source, base.amountLines);
const ops = (process.env.LINE_DROP_OPS ?? "drop,duplicate").split(",") as Operation[];
const results: Mutation[] = [];
for (const op of ops) for (const t of targets) results.push(mutate(doc, opts, base.tables, t, op));
for (const op of ops) {
  const r = results.filter((m) => m.op === op);
  const rules = new Map<string, number>();
  for (const m of r.filter((x) => x.outcome === "refused")) rules.set(m.rule!, (rules.get(m.rule!) ?? 0) + 1);
  console.log(`${op}: ${r.length} lines, refused ${r.filter((m) => m.outcome === "refused").length} (${[...rules].map(([k, n]) => `${k} ${n}`).join(", ")}), same data ${r.filter((m) => m.outcome === "same").length}, changed ${r.filter((m) => m.outcome === "changed").length}`);
  for (const m of r.filter((x) => x.outcome === "changed")) {
    console.log(`  changed: line ${m.line} (${m.role}): ${m.tables.join(", ")} | ${lines[m.line - 1]!.split("\t").filter(Boolean).slice(0, 2).join(" | ").slice(0, 40)}`);
    console.log(`    ${m.reason ? `listed: ${m.reason}` : "NOT LISTED: a loss no check noticed"}`);
  }
  for (const m of r.filter((x) => x.outcome === "same")) console.log(`  same data: line ${m.line} (${m.role}) | ${lines[m.line - 1]!.slice(0, 40)}`);
}

const unlisted = results.filter((m) => m.outcome === "changed" && !m.reason);
process.exitCode = unlisted.length ? 1 : 0;
