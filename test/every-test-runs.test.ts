/**
 * Every test file runs: each *.test.ts under test/ is included by one of vitest's projects
 * (vitest.config.ts). A test file in a folder no project names, left there by a move or a
 * merge, would otherwise never run, and npm test would stay green without it.
 */
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { expect, it } from "vitest";
import config from "../vitest.config";

const TEST = resolve(import.meta.dirname);

/** A vitest include pattern as a regular expression (`**` any folders, `*` within a name). */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === "**/" ? "(?:[^/]+/)*" : part === "*" ? "[^/]*" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${body}$`);
}

it("runs every test file under test/ in some vitest project", () => {
  const projects = (config.test?.projects ?? []) as { test?: { include?: string[] } }[];
  const includes = projects.flatMap((p) => p.test?.include ?? []).map(globToRegExp);
  const files = readdirSync(TEST, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => `test/${f.split("\\").join("/")}`);
  expect(files).toContain("test/every-test-runs.test.ts");
  expect(files.filter((f) => !includes.some((re) => re.test(f)))).toEqual([]);
});
