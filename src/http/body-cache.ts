/**
 * Responses kept per app instance, so a request the Worker has answered before costs a
 * lookup, not a routing, a query and a render. Keyed by the normalized URL and what the
 * Accept header negotiates (all a successful response depends on, the data being fixed for
 * an app's life); bounded in bytes, every byte it keeps counted (key, headers, body),
 * least recently used out first.
 */
import { requestKey } from "./etag";
import { acceptKey } from "./negotiate";

export interface CachedResponse {
  etag: string;
  headers: [string, string][];
  bytes: Uint8Array;
}

/** A quarter of the 128 MB a Workers isolate may use. */
export const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
export const MAX_ENTRY_BYTES = 8 * 1024 * 1024;
/** What an entry costs beyond its strings and body: the Map slot, the entry and header arrays. */
export const ENTRY_OVERHEAD_BYTES = 512;

/**
 * The bytes an entry keeps alive: strings at two bytes a character (V8 may store them so),
 * and the whole buffer under the body.
 */
export function entryCost(key: string, entry: CachedResponse): number {
  let chars = key.length + entry.etag.length;
  for (const [name, value] of entry.headers) chars += name.length + value.length;
  return ENTRY_OVERHEAD_BYTES + 2 * chars + entry.bytes.buffer.byteLength;
}

export class ResponseCache {
  private readonly entries = new Map<string, { entry: CachedResponse; cost: number }>();
  private total = 0;

  constructor(readonly maxBytes = MAX_TOTAL_BYTES) {}

  static key(request: Request): string {
    return `${requestKey(new URL(request.url))}\n${acceptKey(request.headers.get("Accept"))}`;
  }

  /** Bytes accounted for the entries kept (never more than maxBytes). */
  get bytes(): number {
    return this.total;
  }

  /** The entries kept, least recently used first. */
  *stored(): IterableIterator<[string, CachedResponse]> {
    for (const [key, { entry }] of this.entries) yield [key, entry];
  }

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Re-insert: a Map iterates in insertion order, so the front is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit?.entry;
  }

  put(key: string, entry: CachedResponse): void {
    const cost = entryCost(key, entry);
    if (cost > Math.min(MAX_ENTRY_BYTES, this.maxBytes) || this.entries.has(key)) return;
    this.entries.set(key, { entry, cost });
    this.total += cost;
    for (const [k, v] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(k);
      this.total -= v.cost;
    }
  }
}

/** Passes a body through unchanged, and hands over a copy once it completes within the entry limit. */
export function copyWhileStreaming(stream: ReadableStream<Uint8Array>, onComplete: (bytes: Uint8Array) => void): ReadableStream<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.length;
        if (size <= MAX_ENTRY_BYTES) chunks.push(chunk);
        controller.enqueue(chunk);
      },
      flush() {
        if (size > MAX_ENTRY_BYTES) return;
        const bytes = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          bytes.set(c, at);
          at += c.length;
        }
        onComplete(bytes);
      },
    }),
  );
}
