/**
 * Writes the dataset file atomically: the new content goes to a temporary file beside
 * it and replaces the old one by rename, so an interrupted or failed build leaves the
 * previous data/ as it was.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";

export function writeAtomically(path: string, content: string): boolean {
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path) && readFileSync(path, "utf8") === content) return false;
  const tmp = join(dirname(path), `.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
  return true;
}
