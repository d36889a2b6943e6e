/** Reads a seed document as UTF-8 text, refusing anything else rather than producing mojibake. */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { BuildError } from "./errors";
import { readRegularFile } from "./regular-file";

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
