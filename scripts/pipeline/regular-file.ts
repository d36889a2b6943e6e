/**
 * The build reads only regular files from seeds/: a link may point anywhere (its target must
 * never be read, let alone echoed in an error), and opening a FIFO blocks until someone
 * writes to it.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readSync, type Stats } from "node:fs";
import { basename } from "node:path";
import { BuildError } from "./errors";

const MUST_BE = "seeds/ must hold regular files, not links, folders or pipes (copy the file there)";

/** Refuses a file that is not a regular one, judged without following links or opening it. */
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
 * For any input the build reads from seeds/. Past `maxBytes`, only the first `maxBytes + 1`
 * bytes are returned.
 */
export function readRegularFile(path: string, file: string, maxBytes = Infinity): Buffer {
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
    // A file larger than the caller accepts is read no further than one byte past its limit:
    // the caller refuses it, and a 200 MB seed never has to fit in memory.
    if (stats.size > maxBytes) return readHead(fd, maxBytes + 1);
    const buf = readFileSync(fd);
    return buf.length > maxBytes ? buf.subarray(0, maxBytes + 1) : buf;
  } finally {
    closeSync(fd);
  }
}

function readHead(fd: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let at = 0;
  while (at < length) {
    const n = readSync(fd, buf, at, length - at, at);
    if (n === 0) break;
    at += n;
  }
  return buf.subarray(0, at);
}

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return "a device";
  return "not a file";
}
