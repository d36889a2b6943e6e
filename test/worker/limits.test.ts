/** Limits with clear errors: URL length, parameter count and length, page size, cursors, rate. */
import { describe, expect, it } from "vitest";
import { D, expectProblem, get, getJson } from "./helpers";

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

  it("sends nosniff and a Referrer-Policy on every response", async () => {
    for (const res of [await get("/v1"), await get(`${P}.csv`), await get("/v1/nope")]) {
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    }
  });
});

describe("rate limit", () => {
  it("lets a client make 600 requests a minute, then answers 429 with Retry-After; other clients go on", async () => {
    const as = (ip: string) => ({ headers: { "CF-Connecting-IP": ip } });
    // Addresses of this run alone: the limiter may be shared with the same suite on the other backend.
    const [client, another] = [crypto.randomUUID(), crypto.randomUUID()].map((u) => `2001:db8::${u.slice(0, 4)}:${u.slice(4, 8)}`);
    // The limit counts per fixed one-minute window, so the first 429 comes after 600 to 1200
    // requests, depending on where the run falls in the window.
    let ok = 0;
    let limited: Response | undefined;
    while (ok <= 1200) {
      const res = await get("/v1/problems", as(client!));
      if (res.status === 429) {
        limited = res;
        break;
      }
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      ok++;
    }
    expect(ok).toBeGreaterThanOrEqual(600);
    expect(ok).toBeLessThanOrEqual(1200);
    expect(limited!.headers.get("Retry-After")).toBe("60");
    const body = await expectProblem(limited!, 429);
    expect(body.type).toBe("/v1/problems/too-many-requests");
    const other = await get("/v1/problems", as(another!));
    expect(other.status).toBe(200);
  });

});
