/** Streams lines of text as UTF-8, a batch of lines per chunk, without building the whole body. */

const BATCH = 256;

/** A byte stream of `prefix` then every string `lines` yields. */
export function textStream(lines: Iterable<string>, prefix = ""): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = lines[Symbol.iterator]();
  let first = true;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = first ? prefix : "";
      first = false;
      for (let i = 0; i < BATCH; i++) {
        const next = it.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      it.return?.();
    },
  });
}
