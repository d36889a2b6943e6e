/**
 * The layer in front of the app: a GET or HEAD the Worker has answered before is served
 * from the response cache without entering the app (no routing, query or render; the rate
 * limit sits outside, in rate-limit.ts); every 200 with an ETag (a response made of data)
 * is kept as it streams out, with the headers the app gave it (CORS included).
 */
import { copyWhileStreaming, ResponseCache } from "./body-cache";
import { ifNoneMatchHits } from "./etag";
import { oversizedHeader } from "./limits";
import type { Limited } from "./rate-limit";

/** Bodies a route renders whole before it responds (the others are streamed). */
const RENDERED = /^(application\/json|application\/problem\+json|text\/html)/;

/** Headers that describe a body, and so are left out of a 304. */
const BODY_HEADERS = new Set(["content-type", "content-disposition", "link"]);

interface FetchHandler {
  fetch(request: Request, env: Limited, ctx: ExecutionContext): Response | Promise<Response>;
}

/**
 * A second, shared tier: Cloudflare's Cache API, for the R2 backend, where a miss in a new
 * isolate would otherwise mean reading objects from the bucket again. Keys carry the data
 * version, so a new build never meets the old one's responses.
 */
export interface EdgeTier {
  cache: Cache;
  version: string;
}

/** How long a request waits for an identical one already being answered before answering itself. */
export const FOLLOW_MS = 10_000;

export function withResponseCache(app: FetchHandler, cache = new ResponseCache(), edge?: EdgeTier): { fetch: FetchHandler["fetch"] } {
  const edgeKey = (key: string) => new Request(`https://response-cache.invalid/${edge!.version}/${encodeURIComponent(key)}`);
  // Identical requests arriving while the first is computed wait for it (a burst of an
  // expensive search costs one search), then answer from the cache.
  const inFlight = new Map<string, Promise<void>>();
  return {
    async fetch(request, env, ctx) {
      // Before anything reads the Accept header (the cache key, the app's negotiation and pages).
      const oversized = oversizedHeader(request);
      if (oversized) return oversized;
      const method = request.method;
      if (method !== "GET" && method !== "HEAD") return app.fetch(request, env, ctx);
      const key = ResponseCache.key(request);
      let hit = cache.get(key);
      const leader = hit ? undefined : inFlight.get(key);
      if (leader) {
        await Promise.race([leader, new Promise((r) => setTimeout(r, FOLLOW_MS))]);
        hit = cache.get(key);
      }
      if (!hit && edge) {
        const found = await edge.cache.match(edgeKey(key));
        const etag = found?.headers.get("ETag");
        if (found && etag) cache.put(key, (hit = { etag, headers: [...found.headers], bytes: new Uint8Array(await found.arrayBuffer()) }));
      }
      if (hit) {
        if (ifNoneMatchHits(request.headers.get("If-None-Match"), hit.etag)) {
          return new Response(null, { status: 304, headers: hit.headers.filter(([k]) => !BODY_HEADERS.has(k)) });
        }
        return new Response(method === "HEAD" ? null : hit.bytes, { status: 200, headers: hit.headers });
      }
      let release!: () => void;
      const flight = new Promise<void>((r) => (release = r));
      const done = () => {
        if (inFlight.get(key) === flight) inFlight.delete(key);
        release();
      };
      if (method === "GET") inFlight.set(key, flight);
      let res: Response;
      try {
        res = await app.fetch(request, env, ctx);
      } catch (e) {
        done();
        throw e;
      }
      const etag = res.headers.get("ETag");
      if (method !== "GET" || res.status !== 200 || !etag || !res.body) {
        done();
        return res;
      }
      const headers = [...res.headers];
      const keep = (bytes: Uint8Array) => {
        cache.put(key, { etag, headers, bytes });
        if (edge) ctx.waitUntil(edge.cache.put(edgeKey(key), new Response(bytes.slice(), { headers })));
      };
      if (!RENDERED.test(res.headers.get("Content-Type") ?? "")) {
        // CSV and NDJSON stream as they are made: kept once the client has read them all.
        done();
        return new Response(copyWhileStreaming(res.body, keep), res);
      }
      // JSON and HTML bodies are made whole before the response: take them now, so waiters
      // find them in the cache whether or not this client reads its body.
      const bytes = new Uint8Array(await res.arrayBuffer());
      keep(bytes);
      done();
      return new Response(bytes, res);
    },
  };
}
