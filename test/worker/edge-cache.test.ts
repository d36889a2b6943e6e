/** The shared Cache API tier of the response cache (used by the R2 backend). */
import { expect, it } from "vitest";
import { ResponseCache } from "../../src/http/body-cache";
import { withResponseCache } from "../../src/http/serve-cached";

const ctx = { waitUntil: (p: Promise<unknown>) => void pending.push(p), passThroughOnException() {} } as unknown as ExecutionContext;
const pending: Promise<unknown>[] = [];

it("keeps answers in the Cache API, so a fresh isolate answers from it without the app", async () => {
  const edge = { cache: await caches.open(`edge-test-${crypto.randomUUID()}`), version: "v1" };
  let calls = 0;
  const app = { fetch: () => (calls++, new Response("body", { headers: { ETag: '"e1"', "Content-Type": "text/plain", "Cache-Control": "public, max-age=300" } })) };
  const first = withResponseCache(app, new ResponseCache(), edge);
  expect(await (await first.fetch(new Request("http://x/a?b=1"), {}, ctx)).text()).toBe("body");
  await Promise.all(pending);
  // A new in-memory tier, as in another isolate: the Cache API answers.
  const second = withResponseCache(app, new ResponseCache(), edge);
  const res = await second.fetch(new Request("http://x/a?b=1"), {}, ctx);
  expect([res.status, await res.text(), res.headers.get("ETag"), calls]).toEqual([200, "body", '"e1"', 1]);
  // Another data version does not see it.
  const other = withResponseCache(app, new ResponseCache(), { ...edge, version: "v2" });
  await (await other.fetch(new Request("http://x/a?b=1"), {}, ctx)).text();
  expect(calls).toBe(2);
});

it("answers a burst of identical requests with one computation", async () => {
  let calls = 0;
  const app = {
    fetch: async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 50));
      return new Response('"slow"', { headers: { ETag: '"s1"', "Content-Type": "application/json", "Cache-Control": "public, max-age=300" } });
    },
  };
  const worker = withResponseCache(app);
  const bodies = await Promise.all(Array.from({ length: 10 }, async () => (await worker.fetch(new Request("http://x/slow"), {}, ctx)).text()));
  expect([calls, new Set(bodies)]).toEqual([1, new Set(['"slow"'])]);
});
