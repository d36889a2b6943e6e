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
import { decodePostingsFile, listBytes, listEnd, readLists, writeList } from "./postings-file";
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
    // Each spill file's pending bytes, written out when full: no allocation per record.
    const spills = Array.from({ length: files }, (_, f) => {
      const bytes = new Uint8Array(FLUSH_BYTES);
      return { fd: openSync(join(dir, `${f}.bin`), "w"), bytes, view: new DataView(bytes.buffer), used: 0 };
    });
    const flush = (spill: (typeof spills)[number]) => {
      if (spill.used) writeSync(spill.fd, spill.bytes, 0, spill.used);
      spill.used = 0;
    };
    for (const d of datasets) {
      for (const [gram, list] of decodePostingsFile(d.read())) {
        let shard = shardOfGram.get(gram);
        if (shard === undefined) shardOfGram.set(gram, (shard = shardOf(gram, shape.shards)));
        // A record: the shard (u32), then the gram and its words renumbered from the dataset's first doc.
        for (let i = 0; i < list.length; i += 2) list[i]! += d.firstDoc;
        const size = 4 + listBytes(gram, list);
        const spill = spills[shard % files]!;
        if (spill.used + size > FLUSH_BYTES) flush(spill);
        if (size > FLUSH_BYTES) {
          const record = new Uint8Array(size);
          const view = new DataView(record.buffer);
          view.setUint32(0, shard, true);
          writeList(record, view, 4, gram, list);
          writeSync(spill.fd, record);
          continue;
        }
        spill.view.setUint32(spill.used, shard, true);
        spill.used = writeList(spill.bytes, spill.view, spill.used + 4, gram, list);
      }
    }
    for (const spill of spills) {
      flush(spill);
      closeSync(spill.fd);
    }
    for (let f = 0; f < files; f++) {
      // Records of a gram are in catalogue order (appended dataset by dataset), so joining them keeps each list sorted.
      const byShard = new Map<number, Map<string, Uint32Array[]>>();
      for (let s = f; s < shape.shards; s += files) byShard.set(s, new Map());
      const bytes = readFileSync(join(dir, `${f}.bin`));
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let at = 0;
      while (at < bytes.length) {
        const shard = view.getUint32(at, true);
        const end = listEnd(bytes, at + 4);
        for (const [gram, list] of readLists(bytes, at + 4, end)) {
          const parts = byShard.get(shard)!;
          const got = parts.get(gram);
          if (got) got.push(list);
          else parts.set(gram, [list]);
        }
        at = end;
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
