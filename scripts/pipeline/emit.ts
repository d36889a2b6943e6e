/**
 * Writes the dataset file atomically: the new content goes to a temporary file beside
 * it and replaces the old one by rename, so a failed or interrupted build leaves either
 * the old file or the new one, never a mix. Temporary files of a build that was killed
 * are removed by the next one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const TEMP = /^\.build-\d+\.tmp$/;

export function writeAtomically(path: string, content: string | Uint8Array): boolean {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (TEMP.test(f)) rmSync(join(dir, f), { force: true });
  if (existsSync(path) && Buffer.from(content).equals(readFileSync(path))) return false;
  const tmp = join(dir, `.build-${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
  return true;
}
