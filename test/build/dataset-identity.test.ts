/** A dataset's identity: department names compared in NFC, invisible characters refused, ids that never collide silently. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assignIds } from "../../scripts/pipeline/dataset-id";
import type { Bundle } from "../../src/schema/bundle";
import { copySeeds, dataCopy, expectSameBytes, runBuild, SEED_FILE, seedsWithLine } from "./seed-fixtures";

const DEPARTMENT = "济源产城融合示范区工业和科技创新委员会";

/** A seeds folder with copies of the real seed under other department names (and its judgement calls copied for each). */
function withCopies(copies: Record<string, string>): string {
  const dir = copySeeds();
  const text = readFileSync(join(dir, SEED_FILE), "utf8");
  for (const [file, department] of Object.entries(copies)) writeFileSync(join(dir, file), text.replaceAll(DEPARTMENT, department));
  const path = join(dir, "corrections.json");
  const { corrections } = JSON.parse(readFileSync(path, "utf8")) as { corrections: { file: string }[] };
  writeFileSync(path, JSON.stringify({ corrections: [...corrections, ...Object.keys(copies).flatMap((file) => corrections.map((c) => ({ ...c, file })))] }));
  return dir;
}

function failing(dir: string): string {
  const { out, before } = dataCopy();
  const r = runBuild(dir, out);
  expect(r.status).toBe(1);
  expectSameBytes(readFileSync(out), before, "data file");
  return r.stderr;
}

describe("dataset ids", () => {
  it("gives two departments whose 8 hex digits collide (济源市第173983中学, 济源市第188441中学: both fee2307b) ids one digit longer, and leaves the others' as they were", () => {
    const dir = withCopies({ "001_a.txt": "济源市第173983中学", "002_b.txt": "济源市第188441中学" });
    const { out } = dataCopy();
    const r = runBuild(dir, out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const bundle = JSON.parse(readFileSync(out, "utf8")) as Bundle;
    expect(bundle.datasets.map((d) => [d.meta.id, d.report.dataset, d.meta.department])).toEqual([
      ["2021-0a69ee67", "2021-0a69ee67", DEPARTMENT],
      ["2021-fee2307ba", "2021-fee2307ba", "济源市第173983中学"],
      ["2021-fee2307b2", "2021-fee2307b2", "济源市第188441中学"],
    ]);
  }, 120_000);

  it("derives ids from the set of datasets, not from the order of their files; a kind of its own gets an id of its own", () => {
    const a = { department: "济源市第173983中学", year: 2021, kind: "budget" } as const;
    const b = { department: "济源市第188441中学", year: 2021, kind: "budget" } as const;
    const c = { department: DEPARTMENT, year: 2021, kind: "budget" } as const;
    expect(assignIds([a, b, c])).toEqual(["2021-fee2307ba", "2021-fee2307b2", "2021-0a69ee67"]);
    expect(assignIds([c, b, a])).toEqual(["2021-0a69ee67", "2021-fee2307b2", "2021-fee2307ba"]);
    expect(assignIds([a])).toEqual(["2021-fee2307b"]);
    expect(assignIds([{ ...a, year: 2022 }, a])).toEqual(["2022-fee2307b", "2021-fee2307b"]);
    const [budget, accounts] = assignIds([c, { ...c, kind: "final-accounts" }]);
    expect(budget).toBe("2021-0a69ee67");
    expect(accounts).toMatch(/^2021-[0-9a-f]{8}$/);
    expect(accounts).not.toBe(budget);
  });
});

describe("department names", () => {
  it("refuses a zero-width space or a bidi override in the department's name, at the line that states it", () => {
    expect(failing(seedsWithLine(5, (l) => l.replace("济源", "济源\u200b")))).toContain(
      `000_f6a8c17e7f596961.txt:5: [invisible-character] the department name "济源<U+200B>${DEPARTMENT.slice(2)}" holds U+200B, an invisible character: it would look like another department's name; remove it`,
    );
    expect(failing(seedsWithLine(5, (l) => l.replace("济源", "济源\u202e")))).toContain("000_f6a8c17e7f596961.txt:5: [invisible-character] the department name \"济源<U+202E>");
  }, 120_000);

  it("compares names in NFC: a copy that spells 城 as the compatibility ideograph U+2F852 is the same department, refused as a duplicate", () => {
    const stderr = failing(withCopies({ "001_nfc.txt": DEPARTMENT.replace("城", "\u{2F852}") }));
    expect(stderr).toContain(`001_nfc.txt:-: [duplicate-document] same department, year and kind as 000_f6a8c17e7f596961.txt (${DEPARTMENT}, 2021, budget)`);
  }, 120_000);
});
