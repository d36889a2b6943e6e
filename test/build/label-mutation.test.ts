/**
 * Mutation test of the structure: every 二级 label printed in an indicator table is changed,
 * one at a time, to another label of the template's framework, and the build must refuse
 * the document (a structure check, or a label rule finding its evidence contradicted)
 * instead of publishing indicators under the wrong label.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { buildFromSeed } from "../../scripts/pipeline/build-dataset";
import { BuildError, BuildErrors } from "../../scripts/pipeline/errors";
import { loadFrameworks } from "../../scripts/pipeline/repair/framework";
import { correctionsFileSchema } from "../../src/schema/dataset";
import { SEED_FILE, SEEDS, seedLines } from "./seed-fixtures";

it("refuses a document in which any 二级 label is replaced by another label of the template", () => {
  const corrections = correctionsFileSchema.parse(JSON.parse(readFileSync(join(SEEDS, "corrections.json"), "utf8"))).corrections;
  const frameworks = loadFrameworks(SEEDS);
  const lines = seedLines();
  if (lines.at(-1) === "") lines.pop();
  const manualLines = new Set(corrections.flatMap((c) => (c.lines ? Array.from({ length: c.lines[1] - c.lines[0] + 1 }, (_, k) => c.lines![0] + k) : [c.line!])));
  const base = { file: SEED_FILE, bytes: 0, sha256: "" };
  const byRule: Record<string, number> = {};
  const escaped: string[] = [];
  let tried = 0;
  lines.forEach((text, i) => {
    const cells = text.split("\t");
    const label = cells[1]?.trim() ?? "";
    const fw = [frameworks.project, frameworks.department].find((f) => f.parentOf.has(label));
    if (!fw || manualLines.has(i + 1)) return;
    // Another label, from the next 一级 group of the template (a label of the same group, in another place, is tried too).
    const others = fw.level2.filter((l) => l !== label);
    for (const replacement of [others[(fw.level2.indexOf(label) + 5) % others.length]!, others[(fw.level2.indexOf(label) + 1) % others.length]!]) {
      tried++;
      const mutated = [...cells];
      mutated[1] = replacement;
      const seed = { ...base, lines: lines.map((l, j) => (j === i ? mutated.join("\t") : l)) };
      try {
        buildFromSeed(seed, { seedsDir: SEEDS, corrections, frameworks, manifest: undefined });
        escaped.push(`line ${i + 1}: ${label} → ${replacement} was published`);
      } catch (e) {
        const errors = e instanceof BuildErrors ? e.errors : e instanceof BuildError ? [e] : [];
        if (errors.length === 0) throw e;
        for (const rule of new Set(errors.map((x) => x.rule))) byRule[rule] = (byRule[rule] ?? 0) + 1;
      }
    }
  });
  console.log(`label mutation test: ${tried} 二级 labels changed, ${tried - escaped.length} refused (${Object.entries(byRule).map(([k, n]) => `${k} ${n}`).join(", ")})`);
  expect(escaped).toEqual([]);
  expect(tried).toBeGreaterThan(400);
}, 300_000);
