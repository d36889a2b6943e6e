/** Limits with clear errors: URL length, parameter count and length, page size, cursors, rate. */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import bundledEntry from "../../src/index";
import r2Entry from "../../src/index-r2";
import { fakeLimiter, type FakeLimiter } from "./fake-limiter";
import { D, expectProblem, get, getJson, ORIGIN } from "./helpers";

const P = `${D}/tables/projects`;

describe("request limits", () => {
  it("answers an over-long URL with 414", async () => {
    const body = await expectProblem(await get(`${P}?name__contains=${"长".repeat(3000)}`), 414);
    expect(body.detail).toMatch(/^The URL has \d+ characters; at most 8192 are accepted\.$/);
  });

  it("refuses more than 32 parameters, naming the limit", async () => {
    const q = Array.from({ length: 33 }, (_, i) => `name__ne=${i}`).join("&");
    const body = await expectProblem(await get(`${P}?${q}`), 400);
    expect(body.detail).toBe("33 query parameters; at most 32 are accepted.");
  });

  it("refuses a value longer than 1000 characters, naming the parameter", async () => {
    const body = await expectProblem(await get(`${P}?name__contains=${"x".repeat(1001)}`), 400);
    expect(body.errors).toEqual([{ param: "name__contains", message: "at most 1000 characters" }]);
  });

  it("names the maximum page size", async () => {
    const body = await expectProblem(await get(`${P}?_size=1001`), 400);
    expect(body.errors).toEqual([{ param: "_size", message: "_size takes a whole number from 1 to 1000, not '1001'." }]);
  });

  it("refuses a cursor that was tampered with", async () => {
    const { body } = await getJson(`${P}?_size=5`);
    const next = new URL(body.next).searchParams.get("_next")!;
    const flipped = next.slice(0, 4) + (next[4] === "A" ? "B" : "A") + next.slice(5);
    await expectProblem(await get(`${P}?_size=5&_next=${flipped}`), 400);
  });

  it("answers an Accept header over 4,096 characters with a 431 problem (never a page, never cached), whatever the route or method; 4,096 pass", async () => {
    const long = `application/json${", x/y;q=0.5".repeat(20_000)}`; // about 200 KB
    for (const [path, method] of [[P, "GET"], ["/", "GET"], [`${D}/tables/projects.csv`, "HEAD"], ["/v1", "POST"], ["/v1/nope", "GET"]] as const) {
      const res = await get(path, { method, headers: { Accept: long } });
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      if (method === "HEAD") {
        expect(res.status).toBe(431);
        continue;
      }
      const body = await expectProblem(res, 431);
      expect(body.type).toBe("/v1/problems/header-too-large");
      expect(body.detail).toBe(`Accept 请求头有 ${long.length.toLocaleString("en")} 个字符，最多接受 4,096 个。The Accept header has ${long.length.toLocaleString("en")} characters; at most 4,096 are accepted.`);
      expect(body.errors).toEqual([{ param: "Accept", message: "at most 4096 characters" }]);
    }
    const edge = `application/json,${" ".repeat(4096 - "application/json,x".length)}x`;
    expect(edge.length).toBe(4096);
    const ok = await get(P, { headers: { Accept: edge } });
    expect(ok.status).toBe(200);
    await ok.arrayBuffer();
    await expectProblem(await get(P, { headers: { Accept: `${edge}x` } }), 431);
  });

  it("sends nosniff and a Referrer-Policy on every response", async () => {
    for (const res of [await get("/v1"), await get(`${P}.csv`), await get("/v1/nope")]) {
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    }
  });
});

describe("rate limit", () => {
  // The Worker entry of this project's backend, with a limiter the test controls (the
  // [[ratelimits]] binding of wrangler.toml counts in real minutes, shared by both projects).
  const entry = "DATA" in env ? r2Entry : bundledEntry;
  const ctx = { waitUntil() {}, passThroughOnException() {} } as unknown as ExecutionContext;
  const LIMIT = 50;
  const PERIOD_MS = 60_000;
  const as = (ip: string): RequestInit => ({ headers: { "CF-Connecting-IP": ip } });
  const send = (limiter: FakeLimiter, path: string, init: RequestInit) => entry.fetch(new Request(ORIGIN + path, init), { ...env, RATE_LIMITER: limiter } as never, ctx);

  it("is configured as the RATE_LIMITER binding", () => {
    expect(typeof (env as { RATE_LIMITER?: { limit?: unknown } }).RATE_LIMITER?.limit).toBe("function");
  });

  it("lets a client make its limit of requests in a window, then answers 429 with Retry-After; other clients go on; the next window lets it in", async () => {
    const limiter = fakeLimiter(LIMIT, PERIOD_MS);
    for (let i = 0; i < LIMIT; i++) {
      const res = await send(limiter, "/v1/problems", as("2001:db8::1"));
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    const limited = await send(limiter, "/v1/problems", as("2001:db8::1"));
    expect(limited.headers.get("Retry-After")).toBe("60");
    expect(limited.headers.get("Referrer-Policy")).toBe("no-referrer");
    const body = await expectProblem(limited, 429);
    expect(body.type).toBe("/v1/problems/too-many-requests");
    expect(body.detail).toBe("Rate limit exceeded for this client; try again in 60 seconds.");
    expect(limiter.count("2001:db8:0:0::/64")).toBe(LIMIT + 1);
    // Another network (a different /64) goes on.
    expect((await send(limiter, "/v1/problems", as("2001:db8:0:1::1"))).status).toBe(200);
    limiter.advance(PERIOD_MS);
    expect((await send(limiter, "/v1/problems", as("2001:db8::1"))).status).toBe(200);
  }, 60_000);

  it("counts the requests refused as too long, with too many parameters, or for any other reason", async () => {
    const limiter = fakeLimiter(LIMIT, PERIOD_MS);
    const refused = [
      [`${P}?name__contains=${"长".repeat(3000)}`, 414],
      [`${P}?${Array.from({ length: 33 }, (_, i) => `name__ne=${i}`).join("&")}`, 400],
      [`${P}?name__contains=${"x".repeat(1001)}`, 400],
      [`${P}?nope=1`, 400],
      ["/v1/nope", 404],
    ] as const;
    for (let i = 0; i < LIMIT; i++) {
      const [path, status] = refused[i % refused.length]!;
      expect((await send(limiter, path, as("2001:db8:0:3::1"))).status).toBe(status);
    }
    await expectProblem(await send(limiter, "/v1", as("2001:db8:0:3::1")), 429);
    await expectProblem(await send(limiter, `${P}?name__contains=${"长".repeat(3000)}`, as("2001:db8:0:3::1")), 429);
  }, 60_000);

  it("counts a client's whole IPv6 /64 as one: rotating addresses within it are limited together; IPv4 addresses each on their own", async () => {
    const limiter = fakeLimiter(LIMIT, PERIOD_MS);
    // 650 requests, each from another address of 2001:db8:0:5::/64 (spelled every way IPv6 allows).
    const statuses: number[] = [];
    for (let i = 0; i < 650; i++) {
      const ip = i % 3 === 0 ? `2001:db8:0:5:${((i * 7919) & 0xffff).toString(16)}::${i.toString(16)}` : i % 3 === 1 ? `2001:0DB8:0000:0005:0:0:${i.toString(16)}:1` : `2001:db8::5:1:2:3:${i.toString(16)}`;
      const res = await send(limiter, "/v1/problems", as(ip));
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 200).length).toBe(LIMIT);
    expect(statuses.filter((s) => s === 429).length).toBe(650 - LIMIT);
    // IPv4: one address is one client; its neighbour is another. An IPv4-mapped address is that IPv4 client.
    for (let i = 0; i < LIMIT; i++) expect((await send(limiter, "/v1/problems", as("192.0.2.7"))).status).toBe(200);
    expect((await send(limiter, "/v1/problems", as("192.0.2.7"))).status).toBe(429);
    expect((await send(limiter, "/v1/problems", as("::ffff:192.0.2.7"))).status).toBe(429);
    expect((await send(limiter, "/v1/problems", as("192.0.2.8"))).status).toBe(200);
  }, 120_000);

  it("leaves requests without CF-Connecting-IP (local runs) unlimited", async () => {
    const limiter = fakeLimiter(0, PERIOD_MS);
    expect((await send(limiter, "/v1", {})).status).toBe(200);
    expect((await send(limiter, "/v1", as("2001:db8:0:4::1"))).status).toBe(429);
  });
});
