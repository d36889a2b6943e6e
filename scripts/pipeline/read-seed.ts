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

/**
 * Limits checked before anything is parsed. The real seed is 131 KB with lines of at most
 * 3.8 KB; a seed past these is not a budget disclosure, and would otherwise cost the build
 * (and the Worker serving what it made) memory out of all proportion.
 */
export const MAX_SEED_BYTES = 16 * 1024 * 1024;
export const MAX_LINE_BYTES = 64 * 1024;
export const MAX_FIELD_BYTES = 16 * 1024;

const MiB = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
const KiB = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

/** The seed's bytes, or a [too-long] error at the line where it passes MAX_SEED_BYTES (the rest is never read). */
export function readSeedBytes(path: string, file = basename(path)): Buffer {
  const buf = readRegularFile(path, file, MAX_SEED_BYTES);
  if (buf.length <= MAX_SEED_BYTES) return buf;
  throw new BuildError(file, lineAt(buf, MAX_SEED_BYTES), "too-long", `the document passes ${MiB(MAX_SEED_BYTES)} on this line; a seed document may be at most ${MiB(MAX_SEED_BYTES)}`);
}

export function readSeed(path: string): Seed {
  const file = basename(path);
  const buf = readSeedBytes(path, file);
  refuseLongLines(file, buf);
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    const line = firstInvalidLine(buf);
    throw new BuildError(file, line, "encoding", "not valid UTF-8 (a GBK or other re-encoded copy?); save the document as UTF-8");
  }
  if (text.startsWith("\ufeff")) text = text.slice(1);
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new BuildError(file, lineAt(buf, nul), "encoding", "contains NUL bytes: not a text document");
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

/** The 1-based line of byte `offset`. */
function lineAt(buf: Buffer, offset: number): number {
  let line = 1;
  for (let i = buf.indexOf(0x0a); i >= 0 && i < offset; i = buf.indexOf(0x0a, i + 1)) line++;
  return line;
}

/** Refuses a line over MAX_LINE_BYTES or a cell (tab-separated) over MAX_FIELD_BYTES, on the bytes (before decoding). */
function refuseLongLines(file: string, buf: Buffer): void {
  let line = 1;
  let start = 0;
  let field = 0;
  for (let i = 0; i <= buf.length; i++) {
    const b = i === buf.length ? 0x0a : buf[i]!;
    if (b !== 0x0a && b !== 0x09) continue;
    if (b === 0x0a && i - start > MAX_LINE_BYTES) throw new BuildError(file, line, "too-long", `a line of ${KiB(i - start)}; a line may be at most ${KiB(MAX_LINE_BYTES)}`);
    if (i - field > MAX_FIELD_BYTES) throw new BuildError(file, line, "too-long", `a cell of ${KiB(i - field)} (tab-separated); a cell may be at most ${KiB(MAX_FIELD_BYTES)}`);
    field = i + 1;
    if (b === 0x0a) {
      start = i + 1;
      line++;
    }
  }
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
