/**
 * The HTML pages through the real Worker: headers (CSP, caching), what they show, that
 * data is escaped, several datasets, 404 pages; and the page helpers' arithmetic.
 */
import { raw } from "./bundled-data";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { bundledStore } from "../../src/data/bundled-store";
import { wantsHtml } from "../../src/pages/accept";
import { barPercent, percent } from "../../src/pages/shares";
import { formatCentsGrouped, formatWan, formatYuanOfCents, sumCents, wanToCents } from "../../src/lib/money";
import { stripOrdinal } from "../../src/pages/overview";
import { paragraphs, safeHttpUrl, truncate } from "../../src/pages/text";
import type { Bundle, PublishedRow } from "../../src/schema/bundle";
import { DATASET, expectProblem, get, ORIGIN } from "./helpers";

const HTML = { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const bundle = raw;
const rows = (t: string) => bundle.datasets[0]!.tables[t] ?? [];

const page = async (path: string, init: RequestInit = {}) => {
  const res = await get(path, { ...init, headers: { ...HTML, ...(init.headers ?? {}) } });
  return { res, html: await res.text() };
};
const count = (html: string, needle: string) => html.split(needle).length - 1;

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

/** A copy of the bundle with `edit` applied to its first dataset (and optionally a second dataset). */
function variant(edit: (d: Bundle["datasets"][number]) => void, second = false): Bundle {
  const copy = structuredClone(bundle);
  edit(copy.datasets[0]!);
  if (second) {
    const other = structuredClone(bundle.datasets[0]!);
    other.meta = { ...other.meta, id: "2022-0a69ee67", year: 2022, title_zh: "第二个数据集2022年部门预算", version: "0000000000000002" };
    copy.datasets.push(other);
  }
  return copy;
}

const appFetch = (b: Bundle, path: string, init: RequestInit = {}) =>
  createApp(bundledStore(b)).fetch(new Request(ORIGIN + path, { ...init, headers: { ...HTML, ...(init.headers ?? {}) } }));

describe("page helpers", () => {
  it("formats amounts from integer cents, as many decimals as the figure has", () => {
    expect(formatCentsGrouped(453670)).toBe("4,536.7");
    expect(formatCentsGrouped(71000)).toBe("710");
    expect(formatCentsGrouped(123456789)).toBe("1,234,567.89");
    expect(formatCentsGrouped(5)).toBe("0.05");
    expect(formatCentsGrouped(-120050)).toBe("-1,200.5");
    expect(formatWan(null)).toBe("—");
    expect(formatWan(0.1 + 0.2)).toBe("0.3");
    expect(wanToCents(4536.7)).toBe(453670);
    expect(sumCents([0.1, 0.2, null, 1313.9])).toBe(131420);
    expect(formatYuanOfCents(453670)).toBe("45,367,000");
    expect(percent(131390, 453670)).toBe("29.0%");
    expect(percent(1, 3)).toBe("33.3%");
    expect(percent(1, 1000)).toBe("0.1%");
    expect(percent(5, 0)).toBe("—");
    expect(barPercent(100, 100, 75)).toBe(75);
    expect(barPercent(1, 1_000_000, 75)).toBe(0.5);
    expect(barPercent(0, 100, 75)).toBe(0);
  });

  it("text helpers: ordinals, truncation by characters, paragraphs, only http(s) links", () => {
    expect(stripOrdinal("一、基本支出")).toBe("基本支出");
    expect(stripOrdinal("12、其他")).toBe("其他");
    expect(stripOrdinal("基本支出")).toBe("基本支出");
    expect(truncate("一二三四五", 5)).toBe("一二三四五");
    expect(truncate("一二三四五六", 5)).toBe("一二三四…");
    expect(paragraphs("a\n\n b \nc")).toEqual(["a", "b", "c"]);
    expect(paragraphs(null)).toEqual([]);
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("https://example.org/a b")).toBe("https://example.org/a%20b");
    expect(safeHttpUrl("not a url")).toBeNull();
  });

  it("a page only for clients that ask for HTML", () => {
    expect(wantsHtml(HTML.Accept)).toBe(true);
    expect(wantsHtml("text/html")).toBe(true);
    expect(wantsHtml(null)).toBe(false);
    expect(wantsHtml("*/*")).toBe(false);
    expect(wantsHtml("application/json")).toBe(false);
    expect(wantsHtml("application/json, text/html;q=0.5")).toBe(false);
    expect(wantsHtml("text/html;q=0")).toBe(false);
  });
});

describe("GET / for browsers", () => {
  it("is the page of the first dataset, with a strict CSP that allows exactly its stylesheet", async () => {
    const { res, html } = await page("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(res.headers.get("Vary")).toBe("Accept");
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(res.headers.get("Content-Security-Policy")).toBe(
      `default-src 'none'; style-src 'sha256-${await sha256Base64(css)}'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`,
    );
    expect(html.startsWith('<!doctype html><html lang="zh-Hans">')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    // Nothing the CSP would block: no scripts (the one JSON-LD data block is never run), no style attributes, no external resources.
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json">)|<[a-z][^>]*\s(?:style|on[a-z]+)=|src="http|href="\/\//);
    expect(count(html, "<script")).toBe(1);
    expect(count(html, "<h1")).toBe(1);
  });

  it("shows the headline figures read from the summary tables", async () => {
    const { html } = await page("/");
    expect(html).toContain('<data value="4536.7">4,536.7</data>');
    expect(html).toContain("= 45,367,000 元");
    // A label that is a glossary term links to it (<a class="term" …>label</a>).
    const linked = (open: string, label: string, close: string) => new RegExp(`${open}(?:<a class="term"[^>]*>)?${label}(?:</a>)?${close}`);
    for (const label of ["基本支出", "项目支出"]) expect(html).toMatch(linked('<span class="k">', label, "</span>"));
    expect(html).toContain("1,313.9");
    expect(html).toContain("3,222.8");
    expect(html).toContain("29.0%");
    expect(html).toContain("71.0%");
    // Revenue items with an amount, and the sources of funds of the total.
    for (const item of ["一般公共预算收入", "上级预拨", "部门结转", "本年合计", "收入合计", "其中：财政拨款"]) expect(html).toMatch(linked('<th scope="row">', item, "</th>"));
  });

  it("draws a bar per class, per section and per project, and links each project from the list", async () => {
    const { html } = await page("/");
    const items = rows("department-expenditure").filter((r) => r.row_kind === "item");
    expect(count(html, 'class="bar bar-class"')).toBe(new Set(items.map((r) => r.class_code)).size);
    expect(count(html, 'class="bar bar-section-row"')).toBe(new Set(items.map((r) => r.section_code)).size);
    expect(count(html, 'class="bar bar-project-row"')).toBe(25);
    expect(count(html, '<svg role="img"')).toBe(3);
    expect(html).toContain('data-code="206" data-cents="267020"');
    expect(html).toContain("5 个类，合计 4,536.7 万元");
    // Each project once in the list (its name isolated); the 比上年变化 section may name it again.
    for (const p of rows("projects")) expect(count(html.split('<section aria-labelledby="changes">')[0]!, `<a href="/datasets/${DATASET}/projects/${p.id}"><bdi>${p.name}</bdi></a>`)).toBe(1);
    // The charts are images: nothing inside them is interactive.
    for (const svg of html.match(/<svg role="img"[\s\S]*?<\/svg>/g)!) expect(svg).not.toMatch(/<a\s|tabindex/);
    expect(html).toContain("25 个项目，本年度合计 3,219.8 万元");
  });

  it("lists every table with its row count and the three downloads", async () => {
    const { html } = await page("/");
    const meta = bundle.datasets[0]!.meta;
    expect(count(html, "<tr data-table=")).toBe(meta.tables.length);
    expect(html).toContain(`href="/v1/datasets/${DATASET}/tables/projects.csv?_excel=1" download="" data-download="excel-csv">CSV（Excel 用）</a>`);
    expect(html).toContain(`href="/v1/datasets/${DATASET}/tables/projects.csv" download="" data-download="csv">CSV（程序用）</a>`);
    expect(html).toContain(`href="/v1/datasets/${DATASET}/tables/projects.json" data-download="json">JSON</a>`);
    expect(html).toContain('<td class="num">468</td>');
  });

  it("states the source, the checks and the corrections with their reasons", async () => {
    const { html } = await page("/");
    const meta = bundle.datasets[0]!.meta;
    expect(html).toContain(`<code class="hash" id="source-sha256">${meta.source.sha256}</code>`);
    expect(html).toContain(meta.source.file);
    expect(html).toContain("✓ 465 项核对，全部通过</span>");
    // The source as the document's title, department and year, the file name beside it.
    expect(html).toContain(`来源：《<bdi>${meta.title_zh}</bdi>》（<bdi>${meta.department}</bdi>，2021 年） · 文件 <code>${meta.source.file}</code>`);
    expect(html).toContain(`href="/datasets/${DATASET}/checks"`);
    expect(count(html, '<th scope="row" class="code">')).toBe(meta.corrections.length);
    expect(html).toContain(`${meta.source.file}:20</th>`);
    expect(html).toContain("<code>∅</code> → <code>上级预拨</code>");
  });

  it("shows how to call the API from curl, pandas, R and fetch, with this origin, and links /docs and /v1", async () => {
    const { html } = await page("/");
    for (const id of ["api-curl", "api-pandas", "api-r", "api-js"]) expect(html).toContain(`id="${id}"`);
    expect(count(html, '<pre tabindex="0"><code')).toBe(4);
    expect(html).toContain(`base = &quot;${ORIGIN}/v1/datasets/${DATASET}&quot;`);
    expect(html).toContain('href="/docs"');
    expect(html).toContain('href="/v1"');
  });

  it("the example aggregate URL works and sums to the total", async () => {
    const res = await get(`/v1/datasets/${DATASET}/aggregate?_group=class_code&_sort=-amount`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).grand_total.amount).toBe(4536.7);
  });

  it("answers If-None-Match with 304 and the same security headers; HEAD has no body", async () => {
    const first = await get("/", { headers: HTML });
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get("Cache-Control")).toBe("public, max-age=300, stale-while-revalidate=86400");
    const again = await get("/", { headers: { ...HTML, "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("Content-Security-Policy")).toBe(first.headers.get("Content-Security-Policy"));
    const head = await get("/", { method: "HEAD", headers: HTML });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("sends API clients on to /v1", async () => {
    for (const accept of [null, "*/*", "application/json"]) {
      const res = await get("/", { redirect: "manual", headers: accept ? { Accept: accept } : {} });
      expect(res.status).toBe(302);
      expect(res.headers.get("Location")).toBe("/v1");
      expect(res.headers.get("Vary")).toBe("Accept");
    }
  });

  it("is read-only", async () => {
    // A browser gets the 405 as a page (reader-pages.test.ts), anything else problem+json.
    const post = await get("/", { method: "POST", headers: HTML });
    expect([post.status, post.headers.get("Content-Type"), post.headers.get("Allow")]).toEqual([405, "text/html; charset=utf-8", "GET, HEAD, OPTIONS"]);
    await expectProblem(await get("/", { method: "POST" }), 405);
    await expectProblem(await get(`/datasets/${DATASET}/projects/p01`, { method: "DELETE" }), 405);
  });
});

describe("project pages", () => {
  it("show the texts with their paragraphs, the amounts, the contacts and the indicators", async () => {
    const p = rows("projects").find((r) => r.id === "p01")!;
    const { res, html } = await page(`/datasets/${DATASET}/projects/p01`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Security-Policy")).toMatch(/^default-src 'none'; /);
    expect(html).toContain(`<h1 id="title">${p.name}`);
    const overview = String(p.overview).split("\n");
    expect(overview.length).toBeGreaterThan(1);
    const section = html.slice(html.indexOf('id="text-overview"'), html.indexOf('id="text-basis"'));
    expect(count(section, "<p>")).toBe(overview.length);
    expect(html).toContain(`<p>${overview[1]}</p>`);
    const indicators = rows("project-indicators").filter((r) => r.project_id === "p01");
    const table = html.slice(html.indexOf('id="indicator-table"'));
    expect(count(table.slice(0, table.indexOf("</table>")), "<tr>")).toBe(indicators.length + 1);
    expect(html).toContain("<td>=100%</td>");
    expect(html).toContain(`<dd>${p.contacts}</dd>`);
    expect(html).toContain('<li class="card big" data-column="current_year_amount">');
    expect(html).toContain(`project-indicators.csv?_excel=1&amp;project_id=p01`);
    expect(html).toContain('rel="next"');
    expect(html).not.toContain('rel="prev"');
  });

  it("publish masked mobile numbers only, on every page (the masking corrections' printed cells are withheld)", async () => {
    const mobile = /(?<!\d)1[3-9]\d{9}(?!\d)/;
    const masked = bundle.datasets[0]!.meta.corrections.filter((k) => k.kind === "personal-mobile");
    expect(masked.length).toBe(2);
    for (const p of rows("projects")) {
      const { html } = await page(`/datasets/${DATASET}/projects/${p.id}`);
      expect(html).not.toMatch(mobile);
      if (typeof p.phone === "string" && p.phone.includes("****")) {
        expect(html).toContain(`<dd>${p.phone}</dd>`);
        expect(html).toContain(`<code>（不公开 withheld）</code> → <code>${p.phone}</code>`);
      }
    }
    for (const path of ["/", `/datasets/${DATASET}`, `/datasets/${DATASET}/checks`]) expect((await page(path)).html).not.toMatch(mobile);
  });

  it("an unknown project or dataset is a friendly 404 page for browsers, problem+json for others", async () => {
    const { res, html } = await page(`/datasets/${DATASET}/projects/p99`);
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(res.headers.get("Content-Security-Policy")).toMatch(/^default-src 'none'; /);
    expect(html).toContain("找不到页面");
    expect(html).toContain(`No project &#39;p99&#39; in dataset &#39;${DATASET}&#39;.`);
    expect((await page("/datasets/nope")).res.status).toBe(404);
    expect((await page("/datasets/nope/checks")).res.status).toBe(404);
    await expectProblem(await get(`/datasets/${DATASET}/projects/p99`, { headers: { Accept: "application/json" } }), 404);
    await expectProblem(await get("/datasets/nope"), 404);
  });
});

describe("checks page", () => {
  it("lists every check with both sides and its source lines", async () => {
    const { res, html } = await page(`/datasets/${DATASET}/checks`);
    expect(res.status).toBe(200);
    expect(count(html, 'class="check"')).toBe(465);
    const check = bundle.datasets[0]!.checks[0]!;
    expect(html).toContain(`<tr id="check-${check.id}" class="check">`);
    expect(html).toContain(`<td class="code" data-label="来源行">${check.lines.join(", ")}</td>`);
  });
});

describe("data is text, never markup", () => {
  const evil = variant((d) => {
    const p = d.tables.projects![0] as PublishedRow;
    p.name = '<script>alert("name")</script>';
    p.overview = '<img src=x onerror="alert(1)">\n<b>bold</b>';
    p.contacts = "\"'><svg onload=alert(2)>";
    d.meta.source = { ...d.meta.source, url: "javascript:alert(3)", file: "<i>seed</i>.txt" };
    d.meta.title_zh = "</title><script>alert(4)</script>";
    const t = d.tables["department-expenditure"]!.find((r) => r.row_kind === "item")!;
    t.class_name = "<b>类</b>";
  });

  it("escapes every data-derived string on the dataset and project pages", async () => {
    for (const path of ["/", `/datasets/${DATASET}/projects/p01`, `/datasets/${DATASET}/checks`]) {
      const res = await appFetch(evil, path);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).not.toMatch(/<script(?! type="application\/ld\+json">)|<img|<svg onload|<b>|<i>|javascript:|onerror="/);
    }
    const home = await (await appFetch(evil, "/")).text();
    expect(home).toContain("&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;");
    expect(home).toContain("&lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;");
    expect(home).toContain("&lt;i&gt;seed&lt;/i&gt;.txt");
    const project = await (await appFetch(evil, `/datasets/${DATASET}/projects/p01`)).text();
    expect(project).toContain("<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p><p>&lt;b&gt;bold&lt;/b&gt;</p>");
    expect(project).toContain("<dd>&quot;&#39;&gt;&lt;svg onload=alert(2)&gt;</dd>");
  });
});

describe("several datasets", () => {
  const two = variant(() => {}, true);

  it("/ lists them all and shows the first; each has its own page", async () => {
    const home = await (await appFetch(two, "/")).text();
    expect(home).toContain('<ul id="dataset-list">');
    expect(home).toContain(`<a href="/datasets/${DATASET}" aria-current="page">`);
    expect(home).toContain('<a href="/datasets/2022-0a69ee67"><bdi>第二个数据集2022年部门预算</bdi></a>');
    expect(home).toContain(`<h1 id="title">${bundle.datasets[0]!.meta.title_zh}`);
    const second = await appFetch(two, "/datasets/2022-0a69ee67");
    expect(second.status).toBe(200);
    const html = await second.text();
    expect(html).toContain('<h1 id="title">第二个数据集2022年部门预算');
    expect(html).toContain('<a href="/datasets/2022-0a69ee67" aria-current="page">');
    expect(html).toContain('href="/datasets/2022-0a69ee67/projects/p01"');
  });

  it("with one dataset there is no list to choose from", async () => {
    expect((await page("/")).html).not.toContain('id="dataset-list"');
  });

  it("a dataset without summary or project tables still renders", async () => {
    const bare = variant((d) => {
      for (const t of ["summary-expenditure", "summary-revenue", "department-expenditure", "general-budget-expenditure", "projects"]) d.tables[t] = [];
    });
    const res = await appFetch(bare, "/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("本数据集没有部门收支总表");
    expect(html).toContain("本数据集没有按功能分类的支出表");
    expect(html).toContain("本数据集没有项目表");
  });
});
