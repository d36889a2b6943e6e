/** Inputs past the build's limits are refused by line, before anything is parsed; no input crashes the build with a stack. */
import { spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tablesJson } from "../../scripts/pipeline/published-json";
import { refuseOversized } from "../../scripts/pipeline/published-size";
import { copySeeds, dataCopy, expectSameBytes, ROOT, runBuild, SEED_FILE, seedsWithLine } from "./seed-fixtures";

const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** Runs the build (in a child, as a user does, or here); asserts exit 1, one error line, no stack, data/ untouched; returns the error. */
function refused(seedsDir: string, where: "child" | "here" = "here"): string {
  const { out, before } = dataCopy();
  const r =
    where === "child"
      ? spawnSync(process.execPath, [TSX, join(ROOT, "scripts", "build-data.ts"), seedsDir, out], { encoding: "utf8", timeout: 120_000 })
      : { signal: null, ...runBuild(seedsDir, out) };
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.status).toBe(1);
  expectSameBytes(readFileSync(out), before, "data file");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines.at(-1)).toBe("build failed; data/ left as it was");
  expect(lines).toHaveLength(2);
  return lines[0]!;
}

describe("seeds past the build's limits", () => {
  it("refuses a 200 MB seed at the line where it passes 16 MiB, reading no further (in a child process: exit 1, no V8 stack)", () => {
    const dir = copySeeds();
    const path = join(dir, SEED_FILE);
    const real = readFileSync(path);
    const fd = openSync(path, "w");
    let size = 0;
    let head = Buffer.alloc(0);
    while (size < 200 * 1024 * 1024) {
      writeSync(fd, real);
      if (head.length <= 16 * 1024 * 1024) head = Buffer.concat([head, real]);
      size += real.length;
    }
    closeSync(fd);
    // The line holding byte 16 MiB (0-based offset 16 MiB, the first byte past the limit).
    const line = head.subarray(0, 16 * 1024 * 1024).toString("latin1").split("\n").length;
    try {
      expect(refused(dir, "child")).toBe(`${SEED_FILE}:${line}: [too-long] the document passes 16 MiB on this line; a seed document may be at most 16 MiB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("refuses a 10 MB line by its number", () => {
    const error = refused(seedsWithLine(296, (l) => l + "长".repeat(3_500_000)));
    expect(error).toBe(`${SEED_FILE}:296: [too-long] a line of 10254 KiB; a line may be at most 64 KiB`);
  });

  it("refuses a line over 64 KiB made of cells under 16 KiB, and a cell over 16 KiB in a short line", () => {
    const cells = Array.from({ length: 5 }, () => "x".repeat(15 * 1024)).join("\t");
    expect(refused(seedsWithLine(296, (l) => `${l}\t${cells}`))).toMatch(new RegExp(`^${SEED_FILE}:296: \\[too-long\\] a line of 7\\d KiB; a line may be at most 64 KiB$`));
    expect(refused(seedsWithLine(297, (l) => `${l}\t${"y".repeat(17 * 1024)}`))).toMatch(new RegExp(`^${SEED_FILE}:297: \\[too-long\\] a cell of 17 KiB \\(tab-separated\\); a cell may be at most 16 KiB$`));
  });

  it("names the line of a NUL byte", () => {
    expect(refused(seedsWithLine(812, (l) => l.replace("\t", "\t\u0000")))).toBe(`${SEED_FILE}:812: [encoding] contains NUL bytes: not a text document`);
  });

  it("caps what one dataset publishes, naming its largest table and its lines", () => {
    const tables = { small: [{ a: "x" }], big: Array.from({ length: 1000 }, (_, i) => ({ id: i, text: "z".repeat(1000) })) };
    const lines = (id: string): [number, number] | null => (id === "big" ? [10, 99] : null);
    expect(() => refuseOversized("f.txt", tablesJson(tables), lines, 2_000_000)).not.toThrow();
    expect(() => refuseOversized("f.txt", tablesJson(tables), lines, 1_000_000)).toThrow("f.txt:10: [too-large] the dataset would publish 1.0 MiB of rows (at most 1.0 MiB); its largest table is big, 1.0 MiB (lines 10–99)");
  });
});

describe("seeds/manifest.json", () => {
  it("refuses a source URL that is not https: or http: (javascript:, data:), which would be published as a link", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.gov.cn/a.pdf"]) {
      const dir = copySeeds();
      writeFileSync(join(dir, "manifest.json"), JSON.stringify({ [SEED_FILE]: { url } }));
      expect(refused(dir)).toBe(`manifest.json:-: [schema] ${SEED_FILE}.url: must be an https: or http: URL`);
    }
  });
});
