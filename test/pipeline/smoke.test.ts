import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

it("runs on Node 22", () => {
  expect(process.versions.node).toMatch(/^22\./);
});

it("has a working node:fs", () => {
  const dir = mkdtempSync(join(tmpdir(), "pipeline-smoke-"));
  try {
    writeFileSync(join(dir, "a.txt"), "ok");
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("ok");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
