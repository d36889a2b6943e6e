/** /openapi.json and /docs over HTTP: caching, CORS, methods, security headers, escaping, memoization. */
import { bundledFiles } from "../../src/data/bundled-files";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { bundledStore } from "../../src/data/bundled-store";
import type { DataStore } from "../../src/data/store";
import { renderDocs } from "../../src/docs/render";
import { DOCS_CSS } from "../../src/docs/style";
import { forOrigin } from "../../src/routes/docs";
import { ROUTES } from "../../src/routes/index";
import { memoizedDocument } from "../../src/openapi/generate";
import { EXAMPLE_ORIGIN } from "../../src/openapi/path";
import type { OpenApiDocument } from "../../src/openapi/types";
import { D, expectProblem, get, getJson } from "./helpers";

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

describe("/openapi.json", () => {
  it("is listed by /v1 and served as JSON with ETag, caching, CORS and the data version", async () => {
    const { body: index } = await getJson("/v1");
    expect(index.links).toMatchObject({ openapi: "http://api.test/openapi.json", docs: "http://api.test/docs" });
    expect(index.routes.map((r: any) => r.path)).toContain("/openapi.json");

    const res = await get("/openapi.json", { headers: { Origin: "https://example.org" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=300, stale-while-revalidate=86400");
    expect(res.headers.get("X-Dataset-Version")).toBe(index.version);
    const etag = res.headers.get("ETag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const doc = (await res.json()) as OpenApiDocument;
    expect(doc.info.version).toBe(`v1, data ${index.version}`);

    const again = await get("/openapi.json", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const head = await get("/openapi.json", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("ETag")).toBe(etag);
    expect(await head.text()).toBe("");
  });

  it("answers other methods with 405 and unknown parameters with 400, as problems", async () => {
    const post = await get("/openapi.json", { method: "POST", body: "{}" });
    await expectProblem(post, 405);
    expect(post.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    await expectProblem(await get("/openapi.json?x=1", { headers: { Origin: "https://example.org" } }), 400);
    await expectProblem(await get("/openapi.json", { headers: { Accept: "text/csv", Origin: "https://example.org" } }), 406);
  });

  it("is the same document from every origin: a relative server URL, examples taken on npm start's address", async () => {
    const here = await (await get("/openapi.json")).text();
    const res = await get("https://other.test/openapi.json");
    const text = await res.text();
    expect(text).toBe(here);
    const doc = JSON.parse(text) as OpenApiDocument;
    expect(doc.servers).toEqual([{ url: "/", description: "This server: the origin this document is served from" }]);
    const datasets = doc.paths["/v1/datasets"].get.responses["200"] as any;
    expect(datasets.content["application/json"].examples.default.value.datasets[0].url).toBe(`${EXAMPLE_ORIGIN}${D}`);
    expect(text).not.toContain("other.test");
    expect(text).not.toContain("api.test");
  });
});

describe("memoization", () => {
  it("generates once per data version, not per request nor per origin", async () => {
    const store = bundledStore(bundledFiles);
    let calls = 0;
    const app = createApp(store);
    const fetch = async (r: Request) => {
      calls++;
      return app.fetch(r);
    };
    const generate = memoizedDocument();
    const input = { store, fetch, routes: ROUTES, pages: [] };
    const first = await generate(input);
    const perGeneration = calls;
    expect(perGeneration).toBeGreaterThan(20);
    expect(await generate(input)).toBe(first);
    expect(calls).toBe(perGeneration);


    const catalog = await store.getCatalog();
    const newer: DataStore = { ...store, getCatalog: async () => ({ ...catalog, version: "0000000000000000" }) };
    const third = await generate({ ...input, store: newer });
    expect(calls).toBe(2 * perGeneration);
    expect(third.version).toBe("0000000000000000");
  });
});

describe("/docs", () => {
  it("is a self-contained page with a strict CSP whose style hash matches the inline stylesheet", async () => {
    const res = await get("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    const hash = await sha256Base64(DOCS_CSS);
    expect(res.headers.get("Content-Security-Policy")).toBe(`default-src 'none'; style-src 'sha256-${hash}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`);
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const page = await res.text();
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain(`<style>${DOCS_CSS}</style>`);
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|style="|@import|url\(/i);
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(#|\/)/);
  });

  it("has a section, a parameter table and a copyable curl command per route", async () => {
    const page = await (await get("/docs")).text();
    const doc = (await (await get("/openapi.json")).json()) as OpenApiDocument;
    for (const [template, { get: op }] of Object.entries(doc.paths)) {
      expect(page).toContain(`<section id="op-${op.operationId}">\n<h3><span class="method">GET</span><code>${template}</code></h3>`);
    }
    expect(page).toContain(`<pre class="curl"><code>curl &#39;http://api.test${D}/tables/summary-revenue?_size=2&#39;</code></pre>`);
    expect(page).toContain("curl &#39;http://api.test/v1/search?q=项目&amp;_size=2&#39;");
    expect(page).toContain(`<td><code>_size</code></td><td>query</td><td>integer, 1–1000, default 100</td>`);
    // The tables and their columns, read from the examples of the document.
    expect(page.match(/<details id="table-/g)).toHaveLength(21);
    expect(page).toMatch(/<details id="table-projects"><summary><code>projects<\/code> 项目支出绩效目标表<\/summary>[\s\S]*?<td><code>total_amount<\/code><\/td><td>项目总金额<\/td>/);
  });

  it("revalidates with 304, rejects parameters and other methods", async () => {
    const res = await get("/docs");
    const etag = res.headers.get("ETag")!;
    const again = await get("/docs", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("Content-Security-Policy")).toBe(res.headers.get("Content-Security-Policy"));
    await expectProblem(await get("/docs?lang=x", { headers: { Origin: "https://example.org" } }), 400);
    await expectProblem(await get("/docs", { method: "DELETE", headers: { Origin: "https://example.org" } }), 405);
  });

  it("escapes every string from the document", async () => {
    const doc = (await (await get("/openapi.json")).json()) as OpenApiDocument;
    const evil = `<script>alert("x")</script>' onmouseover='1`;
    doc.info.title = evil;
    doc.info.description = `${evil} \`${evil}\``;
    const op = doc.paths["/v1/datasets/{dataset}/tables/{table}"].get;
    op.summary = evil;
    op.parameters[0].description = evil;
    op.parameters[0].examples![Object.keys(op.parameters[0].examples!)[0]].value = evil;
    const ok = op.responses["200"] as any;
    const firstExample = Object.values(ok.content["application/json"].examples)[0] as any;
    firstExample.summary = evil;
    firstExample.value.title_zh = evil;
    firstExample.value.columns[0].label = evil;
    const page = renderDocs(doc, "/openapi.json", "http://api.test");
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("' onmouseover='");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(page).toContain("<code>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;1</code>");
  });

  it("writes the request's origin into its commands, escaped, without rendering the page again", async () => {
    const here = await (await get("/docs")).text();
    const other = await (await get("https://other.test/docs")).text();
    expect(other).toContain("<pre class=\"curl\"><code>curl &#39;https://other.test/v1/search?q=项目&amp;_size=2&#39;");
    expect(other).toBe(here.split("http://api.test").join("https://other.test"));
    expect(other).not.toContain(EXAMPLE_ORIGIN);
    expect(forOrigin(`<code>${EXAMPLE_ORIGIN}/v1</code>`, "http://a'b\"c")).toBe("<code>http://a&#39;b&quot;c/v1</code>");
    expect(forOrigin(`x ${EXAMPLE_ORIGIN} y`, "http://$&.test")).toBe("x http://$&amp;.test y");
  });
});
