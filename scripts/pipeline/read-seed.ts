/** Reads a seed document as UTF-8 text, refusing anything else rather than producing mojibake. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
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
  const buf = readFileSync(path);
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
  return { file, bytes: buf.length, sha256: createHash("sha256").update(buf).digest("hex"), lines };
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
