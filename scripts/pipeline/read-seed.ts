/** Reads a seed document as UTF-8 text, refusing anything else rather than producing mojibake. */
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type Stats } from "node:fs";
import { basename } from "node:path";
import { BuildError } from "./errors";

export interface Seed {
  file: string;
  bytes: number;
  sha256: string;
  /** Lines without their terminator; index 0 is line 1. */
  lines: string[];
}

const decoder = new TextDecoder("utf-8", { fatal: true });

export function readSeed(path: string): Seed {
  const file = basename(path);
  const buf = readRegularFile(path, file);
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    const line = firstInvalidLine(buf);
    throw new BuildError(file, line, "encoding", "not valid UTF-8 (a GBK or other re-encoded copy?); save the document as UTF-8");
  }
  if (text.startsWith("\ufeff")) text = text.slice(1);
  if (text.includes("\u0000")) throw new BuildError(file, null, "encoding", "contains NUL bytes: not a text document");
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  refuseControlCharacters(file, lines);
  return { file, bytes: buf.length, sha256: createHash("sha256").update(buf).digest("hex"), lines };
}

/** Tab separates cells; any other control character (C0, DEL, C1, a CR not ending a line) has no place in published text. */
const CONTROL = /[\u0001-\u0008\u000b-\u001f\u007f-\u009f]/;

function refuseControlCharacters(file: string, lines: string[]): void {
  const at = lines.findIndex((l) => CONTROL.test(l));
  if (at < 0) return;
  const code = lines[at]!.match(CONTROL)![0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  throw new BuildError(file, at + 1, "encoding", `contains the control character U+${code}: not plain text (remove it, or replace a page break by a line break)`);
}

const MUST_BE = "seeds/ must hold regular files, not links, folders or pipes (copy the file there)";

/**
 * Refuses a seed that is not a regular file, judged without following links or opening it:
 * a link may point anywhere (its target must never be read, let alone echoed in an error),
 * and opening a FIFO blocks until someone writes to it.
 */
export function assertRegularFile(path: string, file = basename(path)): void {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (e) {
    throw new BuildError(file, null, "seed-file", `cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}); ${MUST_BE}`);
  }
  if (!stats.isFile()) throw new BuildError(file, null, "seed-file", `is ${kindOf(stats)}, not a regular file; ${MUST_BE}`);
}

/**
 * Reads the file only if it still is a regular file once open: no link is followed and a FIFO
 * is opened without waiting, so a seed swapped after the listing is refused the same way.
 * For any input the build reads from seeds/.
 */
export function readRegularFile(path: string, file: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ELOOP") throw new BuildError(file, null, "seed-file", `is a symbolic link, not a regular file; ${MUST_BE}`);
    throw new BuildError(file, null, "seed-file", `cannot be read (${code ?? "error"}); ${MUST_BE}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new BuildError(file, null, "seed-file", `is ${kindOf(stats)}, not a regular file; ${MUST_BE}`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return "a device";
  return "not a file";
}

function firstInvalidLine(buf: Buffer): number {
  let start = 0;
  let line = 1;
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 0x0a) {
      try {
        decoder.decode(buf.subarray(start, i));
      } catch {
        return line;
      }
      start = i + 1;
      line++;
    }
  }
  return line;
}
