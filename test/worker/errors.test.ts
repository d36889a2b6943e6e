/** Every error is an RFC 9457 problem with CORS headers; no client input yields a 5xx. */
import { bundledFiles } from "../../src/data/bundled-files";
import { describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/app";
import { bundledStore } from "../../src/data/bundled-store";
import type { DataStore } from "../../src/data/store";
import { D, expectProblem, get } from "./helpers";

const P = `${D}/tables/projects`;

const BAD_REQUESTS: [string, number, RequestInit?][] = [
  [`${P}?nmae=1`, 400],
  [`${P}?name__like=1`, 400],
  [`${P}?total_amount__contains=1`, 400],
  [`${P}?total_amount__gt=abc`, 400],
  [`${P}?start_date=yesterday`, 400],
  [`${P}?_sort=nope`, 400],
  [`${P}?_fields=`, 400],
  [`${P}?_size=0`, 400],
  [`${P}?_size=5000`, 400],
  [`${P}?_next=not-a-cursor`, 400],
  [`${P}?_unit=usd`, 400],
  [`${P}?_bom=maybe`, 400],
  [`${P}?_header=x`, 400],
  [`${P}?_excel=2`, 400],
  [`${P}?format=xls`, 400],
  [`${P}?_nope=1`, 400],
  [`${P}?_group=class`, 400],
  [`${P}/rows/p01?name=x`, 400],
  [`${D}/checks?pass=maybe`, 400],
  [`${D}/checks?kind=sum`, 400],
  [`${D}/aggregate?_group=nope`, 400],
  [`${D}/aggregate?_group=__proto__`, 400],
  [`${D}/aggregate?_group=toString`, 400],
  [`${P}?_unit=toString`, 400],
  ["/v1?x=1", 400],
  ["/v1/datasets?format=csv", 400],
  ["/v1/search", 400],
  ["/v1/nope", 404],
  ["/nope", 404],
  ["/v1/datasets/2021-0a69ee6", 404],
  [`${D}/tables/projcts`, 404],
  [`${D}/tables/projects.xml`, 404],
  [`${P}/rows/p99`, 404],
  [`${D}/tables/projects/rows/p01/extra`, 404],
  ["/v1/problems/nope", 404],
  ["/v1/datasets", 405, { method: "POST", body: "{}" }],
  [`${P}`, 405, { method: "DELETE" }],
  [`${P}.csv`, 405, { method: "PUT", body: "x" }],
  ["/v1/search?q=x", 405, { method: "PATCH" }],
  [P, 406, { headers: { Accept: "application/xml" } }],
  ["/v1", 406, { headers: { Accept: "text/csv" } }],
];

describe("errors", () => {
  it("every bad request gets a problem body with CORS", async () => {
    for (const [path, status, init] of BAD_REQUESTS) {
      const res = await get(path, { ...init, headers: { Origin: "https://example.org", ...(init?.headers ?? {}) } });
      try {
        await expectProblem(res, status);
      } catch (e) {
        throw new Error(`${init?.method ?? "GET"} ${path}: ${(e as Error).message}`);
      }
    }
  });

  it("400 names every bad parameter, with a close column name", async () => {
    const body = await expectProblem(await get(`${P}?nmae=1&_size=0`), 400);
    expect(body.type).toBe("/v1/problems/invalid-query");
    expect(body.errors.map((e: any) => e.param)).toEqual(["nmae", "_size"]);
    expect(body.errors[0].message).toContain("Did you mean 'name'?");
  });

  it("404 for unknown datasets and tables suggests the close ones", async () => {
    expect((await expectProblem(await get("/v1/datasets/2021-0a69ee6"), 404)).detail).toContain("Did you mean '2021-0a69ee67'?");
    expect((await expectProblem(await get(`${D}/tables/projcts`), 404)).detail).toContain("Did you mean 'projects'?");
  });

  it("405 says what is allowed", async () => {
    const res = await get(P, { method: "POST" });
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    await expectProblem(res, 405);
  });

  it("errors are not cached, and HEAD keeps the status", async () => {
    const res = await get("/v1/nope");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const head = await get(`${P}?nmae=1`, { method: "HEAD" });
    expect(head.status).toBe(400);
    expect(head.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await head.text()).toBe("");
  });

  it("no client input yields a 5xx", async () => {
    const nasty = [
      `${P}?name=%E4%B8`,
      `${P}?%E4%B8=1`,
      `${P}?=1`,
      `${P}?&&&`,
      `${P}?_sort=-`,
      `${P}?_sort=,`,
      `${P}?_fields=id,,name`,
      `${P}?_size=-1`,
      `${P}?_size=1e2`,
      `${P}?id__in=`,
      `${P}?name__contains=`,
      `${P}?total_amount=`,
      `${P}?__proto__=1`,
      `${P}?constructor=1`,
      `${P}?total_amount__=1`,
      `${P}?_next=${"A".repeat(5000)}`,
      `${P}?_next=YzF8eHx4fHg`,
      `${P}?name=${"甲".repeat(10000)}`,
      `${D}/tables/%E4%B8`,
      `${D}/tables/__proto__`,
      `${D}/tables/projects/rows/__proto__`,
      "/v1/datasets/__proto__",
      "/v1/datasets/constructor/checks",
      "/v1/problems/__proto__",
      "/v1/problems/toString",
      `/v1/search?q=${"%00".repeat(10)}`,
      `/v1/search?q=${"x".repeat(300)}`,
      `${D}/aggregate?_group=__proto__`,
      `${D}/aggregate?_group=toString`,
      `${P}?_unit=toString`,
      `${P}?_unit=__proto__`,
      `${P}?format=toString`,
      `${P}?_header=constructor`,
    ];
    for (const path of nasty) {
      const res = await get(path, { headers: { Accept: "*/*;q=abc, text/csv;;;q=" } });
      expect(res.status, path).toBeLessThan(500);
      expect(res.headers.get("Access-Control-Allow-Origin"), path).toBe("*");
      if (res.status >= 400) await expectProblem(res, res.status);
      else await res.arrayBuffer();
    }
  });

  it("unexpected faults become a 500 problem with CORS", async () => {
    const broken: DataStore = {
      ...bundledStore(bundledFiles),
      getCatalog: () => Promise.reject(new Error("storage is down")),
    };
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await createApp(broken).request("http://api.test/v1/datasets");
    expect(logged).toHaveBeenCalledOnce(); // logged for the operator, not shown to the client
    logged.mockRestore();
    const body = await expectProblem(res, 500);
    expect(body.detail).not.toContain("storage is down");
  });
});

describe("CORS", () => {
  it("answers preflight for any origin", async () => {
    const res = await get(P, { method: "OPTIONS", headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "If-None-Match" } });
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Access-Control-Allow-Methods")).toBe("GET,HEAD,OPTIONS");
    expect(res.headers.get("Access-Control-Allow-Headers")).toBe("If-None-Match");
  });

  it("exposes the paging, caching and version headers", async () => {
    const res = await get(`${P}?_size=5`, { headers: { Origin: "https://example.org" } });
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Access-Control-Expose-Headers")).toBe("ETag,Link,X-Dataset-Version,Content-Disposition");
  });
});
