/**
 * The pandas/R/curl section of src/schema/README.md is generated (npm run readme) from the
 * schema; this fails when the file and the generator disagree, so the documented columns never drift.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codeBlocks, readSection, replaceSection } from "../../scripts/readme/markers";
import { SECTION } from "../../scripts/readme/pandas-section";
import { PANDAS_PART, PANDAS_README, updatedPart } from "../../scripts/readme/update";

describe("src/schema/README.md's generated pandas section", () => {
  it("is what npm run readme writes", () => {
    const text = readFileSync(PANDAS_README, "utf8");
    expect(readSection(text, SECTION)).toBe(readSection(updatedPart(text, PANDAS_PART), SECTION));
  });

  it("holds the blocks the client test runs: two of Python, one of R, one of shell", () => {
    const section = readSection(readFileSync(PANDAS_README, "utf8"), SECTION);
    expect([codeBlocks(section, "python").length, codeBlocks(section, "r").length, codeBlocks(section, "sh").length]).toEqual([2, 1, 1]);
  });

  it("replaces only the text between its markers", () => {
    const text = "a\n<!-- x:start -->\nold\n<!-- x:end -->\nb\n";
    expect(replaceSection(text, "x", "new")).toBe("a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb\n");
    expect(() => readSection("no markers", "x")).toThrow(/exactly one/);
  });
});
