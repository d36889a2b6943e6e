/**
 * npm run mutate:lines — drops, then duplicates, every line of the real seed that prints an
 * amount or is a title, header or field line, and reports how many builds were refused, how
 * many published the same data, and each line whose loss changed the data, with the tables.
 * LINE_DROP_FILE=<variant text> and LINE_DROP_CORRECTIONS=<json> run it on another document.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { correctionsFileSchema } from "../../src/schema/dataset";
import { loadFrameworks } from "../pipeline/repair/framework";
import { baseline, mutate, targetLines, type Mutation, type Operation } from "./line-drop";

const seeds = resolve(import.meta.dirname, "../../seeds");
const file = "000_f6a8c17e7f596961.txt";
const text = readFileSync(process.env.LINE_DROP_FILE ?? join(seeds, file), "utf8").replace(/^\ufeff/, "");
const lines = text.split(/\r?\n/);
if (lines.at(-1) === "") lines.pop();
const corrections = correctionsFileSchema.parse(JSON.parse(readFileSync(process.env.LINE_DROP_CORRECTIONS ?? join(seeds, "corrections.json"), "utf8"))).corrections;
const doc = { file, lines, corrections };
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
