import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copySeeds, dataCopy, ROOT, runBuild, SEED_FILE, SEEDS, seedsWithLine, expectSameBytes } from "./seed-fixtures";

const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
/** A build that hangs fails the test instead of blocking the suite. */
const NO_HANG = 60_000;
const MUST_BE = "seeds/ must hold regular files, not links, folders or pipes (copy the file there)";

function mkfifo(path: string): void {
  const r = spawnSync("mkfifo", [path]);
  expect(r.status).toBe(0);
}

/**
 * Runs the build; asserts it failed cleanly (exit 1, one error line, no stack) and left data/ as it was.
 * In a child process (what a user runs) where a regression could hang the build on a FIFO or print a
 * stack trace to the terminal; otherwise in this process, which reports the same lines for a tenth of the CPU.
 */
function failingBuild(seedsDir: string, where: "child" | "here" = "here"): string {
  const { out, before } = dataCopy();
  const r =
    where === "child"
      ? spawnSync(process.execPath, [TSX, join(ROOT, "scripts", "build-data.ts"), seedsDir, out], { encoding: "utf8", timeout: NO_HANG })
      : { signal: null, ...runBuild(seedsDir, out) };
  expect(r.signal).toBeNull();
  expect(r.status).toBe(1);
  expectSameBytes(readFileSync(out), before, "data file");
  expect(r.stderr).not.toMatch(/^\s+at /m);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe("build failed; data/ left as it was");
  return lines[0]!;
}

describe("a seed document that is not a regular file inside seeds/", () => {
  it("refuses a symbolic link to /etc/passwd without reading it", () => {
    const dir = copySeeds();
    symlinkSync("/etc/passwd", join(dir, "001_passwd.txt"));
    const error = failingBuild(dir, "child");
    expect(error).toBe(`001_passwd.txt:-: [seed-file] is a symbolic link, not a regular file; ${MUST_BE}`);
    expect(error).not.toContain("root");
  }, NO_HANG);

  it("refuses a symbolic link even to a good seed document", () => {
    const dir = copySeeds();
    const elsewhere = mkdtempSync(join(tmpdir(), "elsewhere-"));
    cpSync(join(SEEDS, SEED_FILE), join(elsewhere, SEED_FILE));
    rmSync(join(dir, SEED_FILE));
    symlinkSync(join(elsewhere, SEED_FILE), join(dir, SEED_FILE));
    expect(failingBuild(dir)).toBe(`${SEED_FILE}:-: [seed-file] is a symbolic link, not a regular file; ${MUST_BE}`);
  }, NO_HANG);

  it("refuses a dangling link", () => {
    const dir = copySeeds();
    symlinkSync(join(dir, "nowhere"), join(dir, "001_dangling.txt"));
    expect(failingBuild(dir)).toBe(`001_dangling.txt:-: [seed-file] is a symbolic link, not a regular file; ${MUST_BE}`);
  }, NO_HANG);

  it("refuses a directory named like a seed", () => {
    const dir = copySeeds();
    mkdirSync(join(dir, "x.txt"));
    writeFileSync(join(dir, "x.txt", "inside.txt"), "text");
    expect(failingBuild(dir)).toBe(`x.txt:-: [seed-file] is a directory, not a regular file; ${MUST_BE}`);
  }, NO_HANG);

  it("refuses a FIFO named like a seed without opening it (the build does not hang)", () => {
    const dir = copySeeds();
    mkfifo(join(dir, "y.txt"));
    expect(failingBuild(dir, "child")).toBe(`y.txt:-: [seed-file] is a FIFO (named pipe), not a regular file; ${MUST_BE}`);
  }, NO_HANG);
});

/** Calls readSeed on each path in one child, so that a regression that blocks on a FIFO cannot hang the suite. */
function readSeedIn(paths: string[]): string[] {
  const script = join(mkdtempSync(join(tmpdir(), "read-seed-")), "read.mts");
  writeFileSync(
    script,
    `import { readSeed } from ${JSON.stringify(join(ROOT, "scripts", "pipeline", "read-seed.ts"))};\n` +
      `for (const p of ${JSON.stringify(paths)}) {\n` +
      `  try { console.log(JSON.stringify(readSeed(p).lines)); } catch (e) { console.log(e.name + " " + e.message); }\n` +
      `}\n`,
  );
  const r = spawnSync(process.execPath, [TSX, script], { encoding: "utf8", timeout: NO_HANG });
  expect(r.signal).toBeNull();
  expect(r.stderr).toBe("");
  return r.stdout.trimEnd().split("\n");
}

describe("readSeed, for a seed swapped after it was listed", () => {
  it("does not follow a link nor block on a FIFO when it opens the file; reads a regular one with CRLF line ends", () => {
    const dir = mkdtempSync(join(tmpdir(), "swapped-"));
    symlinkSync("/etc/passwd", join(dir, "a.txt"));
    mkfifo(join(dir, "b.txt"));
    mkdirSync(join(dir, "c.txt"));
    writeFileSync(join(dir, "d.txt"), "第一行\r\n第二\t行\r\n");
    expect(readSeedIn(["a.txt", "b.txt", "c.txt", "e.txt", "d.txt"].map((f) => join(dir, f)))).toEqual([
      `BuildError a.txt:-: [seed-file] is a symbolic link, not a regular file; ${MUST_BE}`,
      `BuildError b.txt:-: [seed-file] is a FIFO (named pipe), not a regular file; ${MUST_BE}`,
      `BuildError c.txt:-: [seed-file] is a directory, not a regular file; ${MUST_BE}`,
      `BuildError e.txt:-: [seed-file] cannot be read (ENOENT); ${MUST_BE}`,
      '["第一行","第二\\t行"]',
    ]);
  }, NO_HANG);
});

describe("a seed document with a control character", () => {
  it("names the line and the character, rather than publishing it", () => {
    const error = failingBuild(seedsWithLine(296, (l) => l.replace("项目配套制度措施", "项目配套\u000b制度措施")));
    expect(error).toBe(`${SEED_FILE}:296: [encoding] contains the control character U+000B: not plain text (remove it, or replace a page break by a line break)`);
  }, NO_HANG);

  it("refuses a CR that does not end a line", () => {
    expect(failingBuild(seedsWithLine(296, (l) => l.replace("项目配套制度措施", "项目配套\r制度措施")))).toBe(
      `${SEED_FILE}:296: [encoding] contains the control character U+000D: not plain text (remove it, or replace a page break by a line break)`,
    );
  }, NO_HANG);
});
