/**
 * The search index of a whole build, merged from each dataset's own posting lists without
 * holding the index in memory: one pass over the datasets (in catalogue order) appends each
 * list, renumbered from the dataset's first doc, to a spill file per shard; then each shard
 * file is read back alone, its lists joined per bigram and written as shards and directories.
 * Memory is one dataset's lists plus one spill file (1/64 of the index), whatever the number
 * of datasets.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Digest } from "../../src/lib/checksum";
import { shardOf } from "../../src/data/r2-layout";
import { decodePostingsFile } from "./postings-file";
import { searchManifestObject, shardObjects } from "./r2-objects";

/** One dataset's lists (postings-file.ts bytes) and its first doc number in the catalogue's doc space. */
export interface DatasetPostings {
  firstDoc: number;
  read(): Uint8Array;
}

export interface IndexShape {
  catalog: string;
  docs: number;
  shards: number;
}

/** Spill files: one per shard up to this many, shards sharing a file above it (shard % SPILL_FILES). */
const SPILL_FILES = 64;
const FLUSH_BYTES = 1 << 20;

/**
 * The index objects, each body handed to `put` as soon as made (which stores it and gives its
 * digest); returns every key with its digest in the order the in-memory index lists them
 * (each shard, then its directory, by shard; the manifest last).
 */
export function mergeSearchIndex(datasets: Iterable<DatasetPostings>, shape: IndexShape, put: (body: string | Uint8Array) => Digest): [string, Digest][] {
  const dir = mkdtempSync(join(tmpdir(), "search-merge-"));
  const files = Math.min(shape.shards, SPILL_FILES);
  const shardOfGram = new Map<string, number>();
  const made = new Map<number, [string, Digest][]>();
  try {
    const fds = Array.from({ length: files }, (_, f) => openSync(join(dir, `${f}.bin`), "w"));
    const pending: Buffer[][] = Array.from({ length: files }, () => []);
    const pendingBytes = new Array<number>(files).fill(0);
    const flush = (f: number) => {
      if (!pendingBytes[f]) return;
      writeSync(fds[f]!, Buffer.concat(pending[f]!));
      pending[f] = [];
      pendingBytes[f] = 0;
    };
    for (const d of datasets) {
      for (const [gram, list] of decodePostingsFile(d.read())) {
        let shard = shardOfGram.get(gram);
        if (shard === undefined) shardOfGram.set(gram, (shard = shardOf(gram, shape.shards)));
        // A record: shard (u32), gram length (u16), code units, word count (u32), words renumbered.
        const record = Buffer.alloc(4 + 2 + gram.length * 2 + 4 + list.length * 4);
        let at = record.writeUInt32LE(shard, 0);
        at = record.writeUInt16LE(gram.length, at);
        for (let i = 0; i < gram.length; i++) at = record.writeUInt16LE(gram.charCodeAt(i), at);
        at = record.writeUInt32LE(list.length, at);
        for (let i = 0; i < list.length; i++) at = record.writeUInt32LE(i % 2 === 0 ? list[i]! + d.firstDoc : list[i]!, at);
        const f = shard % files;
        pending[f]!.push(record);
        if ((pendingBytes[f]! += record.length) >= FLUSH_BYTES) flush(f);
      }
    }
    for (let f = 0; f < files; f++) {
      flush(f);
      closeSync(fds[f]!);
    }
    for (let f = 0; f < files; f++) {
      // Records of a gram are in catalogue order (appended dataset by dataset), so joining them keeps each list sorted.
      const byShard = new Map<number, Map<string, Uint32Array[]>>();
      for (let s = f; s < shape.shards; s += files) byShard.set(s, new Map());
      const bytes = readFileSync(join(dir, `${f}.bin`));
      let at = 0;
      while (at < bytes.length) {
        const shard = bytes.readUInt32LE(at);
        const length = bytes.readUInt16LE(at + 4);
        at += 6;
        const units: number[] = [];
        for (let i = 0; i < length; i++, at += 2) units.push(bytes.readUInt16LE(at));
        const words = bytes.readUInt32LE(at);
        at += 4;
        const list = new Uint32Array(words);
        for (let i = 0; i < words; i++, at += 4) list[i] = bytes.readUInt32LE(at);
        const parts = byShard.get(shard)!;
        const gram = String.fromCharCode(...units);
        const got = parts.get(gram);
        if (got) got.push(list);
        else parts.set(gram, [list]);
      }
      for (const [shard, parts] of byShard) {
        const lists = [...parts].map(([gram, chunks]): [string, Uint32Array] => [gram, chunks.length === 1 ? chunks[0]! : joined(chunks)]);
        made.set(shard, shardObjects(shard, lists).map(([key, body]) => [key, put(body)]));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [key, body] = searchManifestObject(shape.catalog, shape.docs, shape.shards);
  return [...Array.from({ length: shape.shards }, (_, s) => made.get(s)!).flat(), [key, put(body)]];
}

function joined(chunks: readonly Uint32Array[]): Uint32Array {
  const out = new Uint32Array(chunks.reduce((n, c) => n + c.length, 0));
  let k = 0;
  for (const c of chunks) {
    out.set(c, k);
    k += c.length;
  }
  return out;
}
