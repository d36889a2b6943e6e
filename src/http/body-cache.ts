/**
 * Responses kept per app instance, so a request the Worker has answered before costs a
 * lookup, not a routing, a query and a render. Keyed by the normalized URL and the Accept
 * header (all a successful response depends on, the data being fixed for an app's life);
 * bounded in bytes, least recently used out first.
 */
import { requestKey } from "./etag";

export interface CachedResponse {
  etag: string;
  headers: [string, string][];
  bytes: Uint8Array;
}

/** A quarter of the 128 MB a Workers isolate may use. */
export const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
export const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private total = 0;

  static key(request: Request): string {
    return `${requestKey(new URL(request.url))}\n${request.headers.get("Accept") ?? ""}`;
  }

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Re-insert: a Map iterates in insertion order, so the front is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  put(key: string, entry: CachedResponse): void {
    if (entry.bytes.length > MAX_ENTRY_BYTES || this.entries.has(key)) return;
    this.entries.set(key, entry);
    this.total += entry.bytes.length;
    for (const [k, v] of this.entries) {
      if (this.total <= MAX_TOTAL_BYTES) break;
      this.entries.delete(k);
      this.total -= v.bytes.length;
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
