/**
 * No personal mobile number is published, wherever the seed prints it and however it is
 * written: the personal-mobile rule masks it, and the build's last guard would refuse it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { buildFromSeed } from "../../scripts/pipeline/build-dataset";
import { loadFrameworks } from "../../scripts/pipeline/repair/framework";
import { correctionsFileSchema } from "../../src/schema/dataset";
import { SEED_FILE, SEEDS, seedLines } from "./seed-fixtures";

const corrections = correctionsFileSchema.parse(JSON.parse(readFileSync(join(SEEDS, "corrections.json"), "utf8"))).corrections;
const build = (edit: (lines: string[]) => void) => {
  const lines = seedLines();
  if (lines.at(-1) === "") lines.pop();
  edit(lines);
  return buildFromSeed({ file: SEED_FILE, bytes: 0, sha256: "", lines }, { seedsDir: SEEDS, corrections, frameworks: loadFrameworks(SEEDS), manifest: undefined });
};
const lineOf = (lines: string[], start: string) => lines.findIndex((l) => l.startsWith(start));

it("masks mobiles in a table note, on a 单位 line and in 联系电话, in every common notation", () => {
  const ds = build((lines) => {
    const note = lineOf(lines, "注: 按照党中央");
    lines[note] = `${lines[note]} 咨询：138 1234 5678。`;
    const phones = lines.flatMap((l, i) => (l.startsWith("联系电话\t") ? [i] : []));
    ["１３９１２３４５６７８", "+8613712345678", "8613612345678", "135-1234-5678"].forEach((m, k) => (lines[phones[k]!] = `联系电话\t${m}`));
  });
  const json = JSON.stringify({ meta: ds.meta, tables: ds.tables, checks: ds.checks });
  for (const raw of ["1381234", "1234 5678", "１３９１２３４", "13712345678", "13612345678", "135-1234-5678"]) expect(json).not.toContain(raw);
  expect(ds.tables["projects"]!.slice(0, 4).map((p) => p.phone)).toEqual(["１３９****５６７８", "+86137****5678", "86136****5678", "135-****-5678"]);
  expect(ds.meta.tables.find((t) => t.id === "three-public-expenses")!.note).toContain("咨询：138 **** 5678。");
  expect(ds.meta.corrections.filter((c) => c.kind === "personal-mobile").length).toBe(2 + 5);
});

it("takes the department only from a 单位 line that names an organisation, not from a money unit", () => {
  const ds = build((lines) => {
    const unit = lineOf(lines, "单位：万元");
    lines[unit] = "单位：万元（保留一位小数）";
  });
  expect(ds.meta.department).toBe("济源产城融合示范区工业和科技创新委员会");
});

it("reads only human text: a seed whose hash holds a run like a mobile number builds, the hash published whole", () => {
  // One document in about three hundred has such a run in its SHA-256; it is no personal data.
  const sha256 = `9f${"13812345678"}a${"0".repeat(50)}`;
  const lines = seedLines();
  if (lines.at(-1) === "") lines.pop();
  const ds = buildFromSeed({ file: SEED_FILE, bytes: 0, sha256, lines }, { seedsDir: SEEDS, corrections, frameworks: loadFrameworks(SEEDS), manifest: undefined });
  expect(ds.meta.source.sha256).toBe(sha256);
});
