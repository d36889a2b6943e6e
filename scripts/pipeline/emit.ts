/**
 * Replaces the data folder as a whole, so that its files (the bundle, its gzip, the catalogue)
 * always come from one build. The new folder is written complete beside the old one
 * (`.data.new-<pid>`), then swapped in: POSIX can rename a folder only over nothing, so the
 * swap is two renames, the old folder aside (`.data.old-<pid>`) and the new one in. If the
 * second fails, the old one is put back; if the build dies between the two, the next build
 * first puts the old one back. Either way the folder is never a mix of two builds, and at
 * worst (killed between two renames) briefly absent, with the old one kept beside it.
 */
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { BuildError } from "./errors";

/** The files of one build, by name. */
export type DataFiles = Record<string, string | Uint8Array>;

/** The file-system calls the swap makes; a test substitutes them to fail at a chosen step. */
export interface SwapSteps {
  rename(from: string, to: string): void;
  remove(path: string): void;
  writeFile(path: string, content: string | Uint8Array): void;
}

export const fileSystem: SwapSteps = {
  rename: renameSync,
  remove: (path) => rmSync(path, { recursive: true, force: true }),
  writeFile: writeDurably,
};

/** Temporary files of the builds that wrote data files one at a time; a folder holding them is still ours. */
const LEGACY_TEMP = /^\.build-\d+\.tmp$/;

/** Replaces `dir` by a folder holding exactly `files`; returns false (and writes nothing) if it already does. */
export function replaceDataFolder(dir: string, files: DataFiles, steps: SwapSteps = fileSystem): boolean {
  recoverInterruptedSwap(dir, steps);
  const current = folderEntries(dir);
  if (current) {
    const foreign = current.filter((f) => !(f in files) && !LEGACY_TEMP.test(f));
    if (foreign.length) {
      throw new BuildError(dir, null, "output", `holds files the build did not write (${foreign.slice(0, 5).join(", ")}); the build replaces this folder as a whole, so give it a folder of its own`);
    }
    if (sameContent(dir, current, files)) {
      for (const f of current) if (LEGACY_TEMP.test(f)) steps.remove(join(dir, f));
      return false;
    }
  }
  const next = sibling(dir, "new");
  const old = sibling(dir, "old");
  try {
    mkdirSync(next, { recursive: true });
    for (const [name, content] of Object.entries(files)) steps.writeFile(join(next, name), content);
    syncFolder(next);
    if (!current) {
      steps.rename(next, dir);
    } else {
      steps.rename(dir, old);
      try {
        steps.rename(next, dir);
      } catch (e) {
        steps.rename(old, dir);
        throw e;
      }
    }
    syncFolder(dirname(dir));
  } finally {
    steps.remove(next);
  }
  steps.remove(old);
  return true;
}

/**
 * Finishes what a killed build left: if the folder is missing while an old copy waits beside
 * it, the old copy goes back; leftover new and old copies are removed.
 */
export function recoverInterruptedSwap(dir: string, steps: SwapSteps = fileSystem): void {
  const parent = dirname(dir);
  let siblings: string[];
  try {
    siblings = readdirSync(parent);
  } catch {
    return;
  }
  const prefix = `.${basename(dir)}.`;
  const olds = siblings.filter((f) => f.startsWith(`${prefix}old-`));
  const news = siblings.filter((f) => f.startsWith(`${prefix}new-`));
  if (olds.length && !folderEntries(dir)) steps.rename(join(parent, olds.shift()!), dir);
  for (const f of [...olds, ...news]) steps.remove(join(parent, f));
}

function sibling(dir: string, kind: "new" | "old"): string {
  return join(dirname(dir), `.${basename(dir)}.${kind}-${process.pid}`);
}

/** The names in the folder, or null if there is none; a link or a file in its place is refused. */
function folderEntries(dir: string): string[] | null {
  let isFolder: boolean;
  try {
    const stats = lstatSync(dir);
    isFolder = stats.isDirectory();
  } catch {
    return null;
  }
  if (!isFolder) throw new BuildError(dir, null, "output", "is not a folder (a link or a file?); the build replaces the data folder as a whole");
  return readdirSync(dir);
}

function sameContent(dir: string, current: string[], files: DataFiles): boolean {
  const names = Object.keys(files);
  if (current.filter((f) => !LEGACY_TEMP.test(f)).length !== names.length) return false;
  return names.every((name) => current.includes(name) && readFileSync(join(dir, name)).equals(Buffer.from(files[name]!)));
}

/** Written and flushed to disk, so that the swap never publishes a folder whose files are still in the page cache only. */
function writeDurably(path: string, content: string | Uint8Array): void {
  const fd = openSync(path, "w");
  try {
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncFolder(path: string): void {
  try {
    const fd = openSync(path, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot open or flush a folder; the renames are still atomic there.
  }
}
