/** Validators and caching: strong ETags, 304, HEAD, versions, and cursors across versions. */
import { raw } from "./bundled-data";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { bundledStore } from "../../src/data/bundled-store";
import { bodyAsText, D, expectProblem, get, getJson } from "./helpers";

const P = `${D}/tables/projects`;

describe("ETag and 304", () => {
  it("a strong ETag, Cache-Control and the dataset version on data responses", async () => {
    const res = await get(P);
    expect(res.headers.get("ETag")).toMatch(/^"[0-9a-f]{32}"$/);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=300, stale-while-revalidate=86400");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const meta = (await getJson(D)).body;
    expect(res.headers.get("X-Dataset-Version")).toBe(meta.version);
  });

  it("304 on If-None-Match, with the validators and CORS, without a body", async () => {
    const first = await get(`${P}.csv?_header=labels`);
    const etag = first.headers.get("ETag")!;
    const res = await get(`${P}.csv?_header=labels`, { headers: { "If-None-Match": etag, Origin: "https://example.org" } });
    expect(res.status).toBe(304);
    expect(res.headers.get("ETag")).toBe(etag);
    expect(res.headers.get("Cache-Control")).toBe(first.headers.get("Cache-Control"));
    expect(res.headers.get("X-Dataset-Version")).toBe(first.headers.get("X-Dataset-Version"));
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await res.text()).toBe("");
    expect((await get(P, { headers: { "If-None-Match": `W/${(await get(P)).headers.get("ETag")}` } })).status).toBe(304);
    expect((await get(P, { headers: { "If-None-Match": '"other"' } })).status).toBe(200);
  });

  it("differs by format and query, not by parameter order", async () => {
    const tag = async (path: string, init?: RequestInit) => (await get(path, init)).headers.get("ETag");
    expect(await tag(`${P}?fund_type=行政&_size=5`)).toBe(await tag(`${P}?_size=5&fund_type=行政`));
    expect(await tag(`${P}?_size=5`)).not.toBe(await tag(`${P}?_size=6`));
    expect(await tag(`${P}.csv`)).not.toBe(await tag(`${P}.json`));
    expect(await tag(P, { headers: { Accept: "text/csv" } })).not.toBe(await tag(P));
  });

  it("changes with the data version", async () => {
    const bundle = structuredClone(raw);
    bundle.datasets[0].meta.version = "0000000000000000";
    const other = createApp(bundledStore(bundle));
    const res = await other.request(`http://api.test${P}`);
    expect(res.headers.get("X-Dataset-Version")).toBe("0000000000000000");
    expect(res.headers.get("ETag")).not.toBe((await get(P)).headers.get("ETag"));
  });
});

describe("HEAD", () => {
  const routes = [
    "/v1",
    "/v1/datasets",
    D,
    `${D}/tables`,
    P,
    `${P}.csv`,
    `${P}.ndjson`,
    `${P}/rows/p01`,
    `${D}/checks`,
    `${D}/aggregate?_group=class`,
    `${D}/aggregate.csv?_group=class`,
    "/v1/search?q=%E5%9F%B9%E8%AE%AD",
    "/v1/problems",
    "/v1/problems/not-found",
  ];
  it("works on every GET route, with GET's headers and no body", async () => {
    for (const path of routes) {
      const getRes = await get(path);
      const head = await get(path, { method: "HEAD" });
      expect(head.status, path).toBe(200);
      for (const h of ["Content-Type", "ETag", "Cache-Control", "Content-Disposition", "X-Dataset-Version", "Access-Control-Allow-Origin"]) {
        expect(head.headers.get(h), `${path} ${h}`).toBe(getRes.headers.get(h));
      }
      expect(await bodyAsText(head), path).toBe("");
      await getRes.arrayBuffer();
    }
  });
});

describe("a cursor from another version", () => {
  it("is a 410 problem, never rows of the new data", async () => {
    const { body } = await getJson(`${P}?_size=10`);
    const republished = structuredClone(raw);
    republished.datasets[0].meta.version = "ffffffffffffffff";
    republished.datasets[0].tables.projects.reverse();
    const app = createApp(bundledStore(republished));
    const res = await app.request(body.next, { headers: { Origin: "https://example.org" } });
    const problem = await expectProblem(res, 410);
    expect(problem.type).toBe("/v1/problems/stale-cursor");
    expect(problem.errors).toEqual([{ param: "_next", message: expect.stringContaining("ffffffffffffffff") }]);
    // The same cursor still works against the version that issued it.
    expect((await get(body.next)).status).toBe(200);
  });
});
