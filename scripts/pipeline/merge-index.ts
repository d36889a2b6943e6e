/**
 * The search index of a whole build, merged from each dataset's own posting lists without
 * holding the index in memory: one pass over the datasets (in catalogue order) appends each
 * list, renumbered from the dataset's first doc, to a spill file per shard; then each shard
 * is read back alone, its lists joined per bigram and written as the shard and its directory.
 * Memory is one dataset's lists plus one shard, whatever the number of datasets.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SEARCH_SHARDS, shardOf, type R2Object } from "../../src/data/r2-layout";
import { decodePostingsFile } from "./postings-file";
import { searchManifestObject, shardObjects } from "./r2-objects";

/** One dataset's lists (postings-file.ts bytes) and its first doc number in the catalogue's doc space. */
export interface DatasetPostings {
  firstDoc: number;
  read(): Uint8Array;
}

const FLUSH_BYTES = 1 << 20;

/** Each shard's objects in turn (handed to `emit` as soon as made), then the manifest. */
export function mergeSearchIndex(datasets: Iterable<DatasetPostings>, catalog: string, docs: number, emit: (object: R2Object) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "search-merge-"));
  const shardOfGram = new Map<string, number>();
  try {
    const fds = Array.from({ length: SEARCH_SHARDS }, (_, s) => openSync(join(dir, `${s}.bin`), "w"));
    const pending: Buffer[][] = Array.from({ length: SEARCH_SHARDS }, () => []);
    const pendingBytes = new Array<number>(SEARCH_SHARDS).fill(0);
    const flush = (s: number) => {
      if (!pendingBytes[s]) return;
      writeSync(fds[s]!, Buffer.concat(pending[s]!));
      pending[s] = [];
      pendingBytes[s] = 0;
    };
    for (const d of datasets) {
      for (const [gram, list] of decodePostingsFile(d.read())) {
        let s = shardOfGram.get(gram);
        if (s === undefined) shardOfGram.set(gram, (s = shardOf(gram)));
        // A record: gram length (u16), code units, word count (u32), words renumbered.
        const record = Buffer.alloc(2 + gram.length * 2 + 4 + list.length * 4);
        let at = record.writeUInt16LE(gram.length, 0);
        for (let i = 0; i < gram.length; i++) at = record.writeUInt16LE(gram.charCodeAt(i), at);
        at = record.writeUInt32LE(list.length, at);
        for (let i = 0; i < list.length; i++) at = record.writeUInt32LE(i % 2 === 0 ? list[i]! + d.firstDoc : list[i]!, at);
        pending[s]!.push(record);
        if ((pendingBytes[s]! += record.length) >= FLUSH_BYTES) flush(s);
      }
    }
    for (let s = 0; s < SEARCH_SHARDS; s++) {
      flush(s);
      closeSync(fds[s]!);
    }
    for (let s = 0; s < SEARCH_SHARDS; s++) {
      const bytes = readFileSync(join(dir, `${s}.bin`));
      const parts = new Map<string, Uint32Array[]>();
      let at = 0;
      while (at < bytes.length) {
        const length = bytes.readUInt16LE(at);
        at += 2;
        const units: number[] = [];
        for (let i = 0; i < length; i++, at += 2) units.push(bytes.readUInt16LE(at));
        const words = bytes.readUInt32LE(at);
        at += 4;
        const list = new Uint32Array(words);
        for (let i = 0; i < words; i++, at += 4) list[i] = bytes.readUInt32LE(at);
        const gram = String.fromCharCode(...units);
        const got = parts.get(gram);
        if (got) got.push(list);
        else parts.set(gram, [list]);
      }
      const lists: [string, Uint32Array][] = [];
      for (const [gram, chunks] of parts) {
        if (chunks.length === 1) {
          lists.push([gram, chunks[0]!]);
          continue;
        }
        const joined = new Uint32Array(chunks.reduce((n, c) => n + c.length, 0));
        let k = 0;
        for (const c of chunks) joined.set(c, (k += c.length) - c.length);
        lists.push([gram, joined]);
      }
      for (const o of shardObjects(s, lists)) emit(o);
    }
    emit(searchManifestObject(catalog, docs));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
