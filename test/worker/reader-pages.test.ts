/**
 * Pages for readers: the search page (the API's search, grouped, terms marked and escaped),
 * problems as pages for browsers (problem+json, byte for byte, for everyone else), the
 * dataset list, the glossary and the links to it, the carry-over sentence, a project's year
 * on year, and the dataset page's JSON-LD checked against schema.org Dataset as Google reads it.
 */
import { env } from "cloudflare:workers";
import { raw } from "./bundled-data";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { bundledStore } from "../../src/data/bundled-store";
import bundledEntry from "../../src/index";
import r2Entry from "../../src/index-r2";
import { TERMS } from "../../src/pages/glossary/terms";
import { highlight } from "../../src/pages/highlight";
import { scriptJson } from "../../src/pages/jsonld";
import type { Bundle, PublishedRow } from "../../src/schema/bundle";
import { fakeLimiter } from "./fake-limiter";
import { DATASET, expectProblem, get, getJson, ORIGIN } from "./helpers";

const BROWSER = { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const bundle = raw;
const rows = (t: string) => bundle.datasets[0]!.tables[t] ?? [];
const meta = bundle.datasets[0]!.meta;

const page = async (path: string, init: RequestInit = {}) => {
  const res = await get(path, { ...init, headers: { ...BROWSER, ...(init.headers ?? {}) } });
  return { res, html: await res.text() };
};
const count = (html: string, needle: string) => html.split(needle).length - 1;
const main = (html: string) => html.slice(html.indexOf('<main id="main"'), html.indexOf("</main>"));
/** What hono/jsx writes for text: & < > " ' escaped. */
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const cents = (x: unknown) => (typeof x === "number" ? Math.round(x * 100) : 0);
/** The pages' number format, re-derived: grouped thousands, the decimals the figure has. */
function wan(c: number): string {
  const abs = Math.abs(c);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const frac = String(abs % 100).padStart(2, "0").replace(/0+$/, "");
  return (c < 0 ? "-" : "") + whole + (frac ? `.${frac}` : "");
}

function variant(edit: (d: Bundle["datasets"][number]) => void): Bundle {
  const copy = structuredClone(bundle);
  edit(copy.datasets[0]!);
  return copy;
}
const appPage = async (b: Bundle, path: string) => {
  const res = await createApp(bundledStore(b)).fetch(new Request(ORIGIN + path, { headers: BROWSER }));
  return { res, html: await res.text() };
};

describe("search page", () => {
  it("shows the API's hits for q in its ranked order, each with its dataset and table, the terms marked", async () => {
    const { res, html } = await page(`/search?q=${encodeURIComponent("培训")}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("Content-Security-Policy")).toMatch(/^default-src 'none'; .*form-action 'self'$/);
    const api = (await getJson(`/v1/search?q=${encodeURIComponent("培训")}`)).body;
    // One hit per thing meant (34 before indicators and sheet amounts that only repeat a project's name stopped being hits).
    expect(api.total).toBe(18);
    expect(api.hits).toHaveLength(18);
    // The page lists exactly the API's hits, in the API's order; the six copies of 培训支出's one figure (2 tables × 3 columns) are one entry.
    expect(count(html, '<li class="hit"')).toBe(13);
    const at = api.hits.map((h: any) => Math.max(html.indexOf(`<li class="hit" data-table="${h.table}" data-id="${h.id}">`), html.indexOf(`data-id="${h.id}">`)));
    expect(at.every((i: number) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html).toContain('<p class="hit-also" data-copies="5">同一金额另印在 5 处：');
    expect(count(html, 'class="hit-where muted"')).toBe(13);
    // One word is always found as typed: the kind of match is said only for several words.
    expect(count(html, "data-match=")).toBe(0);
    const two = (await page(`/search?q=${encodeURIComponent("培训 企业家")}`)).html;
    expect(count(two, 'data-match="phrase">完整出现</span>')).toBe(1);
    expect(count(two, 'data-match="field">各词在同一栏</span>')).toBe(6);
    expect(html).toContain("共 18 条结果");
    // The project says where else its name stands, linked.
    expect(html).toContain(`<p class="hit-also">同名的还有：<a href="/datasets/${DATASET}/tables/project-indicators?project_id=p09" data-also="indicators">17 个绩效指标</a>、<a href="/datasets/${DATASET}/tables/budget-lines?row_id=p09&amp;table=projects" data-also="lines">4 个预算金额</a></p>`);
    // The project's own page, the table page of a row, the API permalink; every term marked.
    expect(html).toContain(`<a href="/datasets/${DATASET}/projects/p09" class="hit-title">全市性<mark>培训</mark>专项-企业家<mark>培训</mark>经费</a>`);
    expect(html).toContain(`href="/datasets/${DATASET}/tables/budget-lines?id=department-expenditure.2050803-017.total"`);
    expect(html).toContain(`<a href="/v1/datasets/${DATASET}/tables/projects/rows/p09">JSON</a>`);
    expect(count(html, "<mark>培训</mark>")).toBeGreaterThanOrEqual(api.total);
    expect(html).toContain('value="培训"');
  });

  it("escapes the query and the highlight: q is text, never markup", async () => {
    const q = "<b>培训";
    const { res, html } = await page(`/search?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(html).not.toContain("<b>");
    expect(html).toContain(`value="${esc(q)}"`);
    expect(html).toContain(`“<bdi>${esc(q)}</bdi>”：共 0 条结果`);
    // A term that matches inside text that looks like markup: marked, and still escaped.
    const evil = variant((d) => {
      (d.tables.projects![0] as PublishedRow).name = '<img src=x onerror="alert(1)">培训<script>';
    });
    const found = await appPage(evil, `/search?q=${encodeURIComponent("培训 <img")}`);
    expect(found.res.status).toBe(200);
    expect(found.html).not.toMatch(/<img|<script(?! type="application\/ld\+json">)/);
    expect(found.html).toContain(`<mark>&lt;img</mark> src=x onerror=&quot;alert(1)&quot;&gt;<mark>培训</mark>&lt;script&gt;`);
  });

  it("marks folded matches on the printed characters", () => {
    expect(highlight("全市性培训专项", ["培训"])).toEqual([
      { text: "全市性", mark: false },
      { text: "培训", mark: true },
      { text: "专项", mark: false },
    ]);
    // Full-width letters fold to ASCII, as search folds them: the printed ones are marked.
    expect(highlight("ＡＢＣ与abc", ["abc"])).toEqual([
      { text: "ＡＢＣ", mark: true },
      { text: "与", mark: false },
      { text: "abc", mark: true },
    ]);
    expect(highlight("无", ["培训"])).toEqual([{ text: "无", mark: false }]);
  });

  it("with no q shows the form with a hint", async () => {
    for (const path of ["/search", "/search?q=", "/search?q=%20"]) {
      const { res, html } = await page(path);
      expect(res.status).toBe(200);
      expect(html).toContain('id="search-hint"');
      expect(html).toContain('<form class="search" role="search" action="/search" method="get"><label for="site-q">');
    }
  });

  it("pages like the API (its default size), following _next", async () => {
    const api = { hits: [] as any[] };
    for (let url: string | null = `/v1/search?q=${encodeURIComponent("目标")}&_size=100`; url; ) {
      const { body }: { body: any } = await getJson(url);
      expect(body.total).toBe(477);
      api.hits.push(...body.hits);
      url = body.next;
    }
    expect(api.hits).toHaveLength(477);
    const seen: string[] = [];
    let path: string | null = `/search?q=${encodeURIComponent("目标")}`;
    while (path) {
      const { res, html } = await page(path);
      expect(res.status).toBe(200);
      const ids = [...html.matchAll(/<li class="hit" data-table="([^"]+)" data-id="([^"]+)">/g)].map((m) => `${m[1]}/${m[2]}`);
      expect(ids.length).toBeLessThanOrEqual(20);
      seen.push(...ids);
      const next = /<a href="([^"]+)" rel="next">/.exec(html);
      path = next ? next[1]!.replace(/&amp;/g, "&") : null;
    }
    expect(seen).toEqual(api.hits.map((h: any) => `${h.table}/${h.id}`));
  });

  it("has the API's caps: too long, too many words, unknown parameters are a 400 page", async () => {
    const cases: [string, string][] = [
      [`/search?q=${"培".repeat(201)}`, "q is limited to 200 characters."],
      [`/search?q=${encodeURIComponent("a b c d e f g h i")}`, "q has 9 words; at most 8 are searched for at once."],
      [`/search?q=${"x".repeat(51)}`, "A word of q is limited to 50 characters."],
      ["/search?q=x&table=projects", "Unknown parameter &#39;table&#39;."],
    ];
    for (const [path, message] of cases) {
      const { res, html } = await page(path);
      expect(res.status).toBe(400);
      expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
      expect(html).toContain(message);
      await expectProblem(await get(path, { headers: { Accept: "application/json" } }), 400);
    }
  });
});

describe("problems for browsers", () => {
  const notFound = (detail: string) => JSON.stringify({ type: "/v1/problems/not-found", title: "Not found", status: 404, detail, errors: [] });

  it("a browser gets a page in the site's style; API clients the problem+json, byte for byte", async () => {
    const cases: [string, string][] = [
      ["/nope", notFound("No route /nope. Start at /v1.")],
      ["/v1/datasets/nope", notFound(`No dataset 'nope'. Datasets: ${DATASET}.`)],
      ["/datasets/nope", notFound(`No dataset 'nope'. Datasets: ${DATASET}.`)],
      [`/v1/datasets/${DATASET}/tables/nope`, notFound(`No table 'nope' in dataset '${DATASET}'. Tables: ${meta.tables.map((t) => t.id).join(", ")}.`)],
    ];
    const css = (await page("/")).res.headers.get("Content-Security-Policy");
    for (const [path, json] of cases) {
      const { res, html } = await page(path);
      expect(res.status).toBe(404);
      expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("Content-Security-Policy")).toBe(css);
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      expect(res.headers.get("Vary")).toBe("Accept");
      expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
      expect(html).toContain('<h1 id="title">找不到页面</h1>');
      expect(html).toContain('<p id="problem-explain">没有这个网址对应的页面或数据。');
      // The API's own (English) detail, folded as the technical original.
      expect(html).toContain(`<summary>接口返回的技术说明（英文原文）</summary><div lang="en"><p id="problem-detail">${esc(JSON.parse(json).detail)}</p>`);
      for (const href of ["/", "/datasets", "/search", "/docs", "/glossary"]) expect(html).toContain(`<a href="${href}">`);
      expect(html).not.toMatch(/<script/);
      for (const accept of ["application/json", "*/*", null]) {
        const api = await get(path, accept ? { headers: { Accept: accept } } : {});
        expect(api.status).toBe(404);
        expect(api.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
        expect(await api.text()).toBe(json);
      }
    }
    const head = await get("/nope", { method: "HEAD", headers: BROWSER });
    expect([head.status, head.headers.get("Content-Type"), await head.text()]).toEqual([404, "text/html; charset=utf-8", ""]);
  });

  it("400, 405 and 414 too, with their status, details and headers", async () => {
    const bad = await page(`/v1/datasets/${DATASET}/tables/projects?nme=1`);
    expect(bad.res.status).toBe(400);
    expect(bad.html).toContain('<h1 id="title">请求参数有误</h1>');
    expect(bad.html).toContain('<p id="problem-params">有问题的参数：<code>nme</code></p>');
    expect(bad.html).toContain('<ul id="problem-errors"><li><code>nme</code>: ');
    const post = await page("/v1/datasets", { method: "POST" });
    expect([post.res.status, post.res.headers.get("Allow")]).toEqual([405, "GET, HEAD, OPTIONS"]);
    expect(post.html).toContain("不允许的请求方法");
    const long = await page(`/v1/datasets/${DATASET}/tables/projects?name__contains=${"长".repeat(3000)}`);
    expect(long.res.status).toBe(414);
    expect(long.html).toContain("网址过长");
    const englishPage = await page(`/en/no-such-page`);
    expect(englishPage.res.status).toBe(404);
    expect(englishPage.html).toContain('<h1 id="title" lang="en">404 · Not found<span lang="zh-Hans" class="en">找不到页面</span></h1>');
  });

  it("429 from the rate limit, in front of the app: a page with Retry-After for a browser, the problem for others", async () => {
    const entry = "DATA" in env ? r2Entry : bundledEntry;
    const ctx = { waitUntil() {}, passThroughOnException() {} } as unknown as ExecutionContext;
    const limiter = fakeLimiter(1, 60_000);
    const send = (headers: Record<string, string>) => entry.fetch(new Request(`${ORIGIN}/v1`, { headers: { "CF-Connecting-IP": "192.0.2.9", ...headers } }), { ...env, RATE_LIMITER: limiter } as never, ctx);
    await (await send({})).arrayBuffer();
    const res = await send(BROWSER);
    expect([res.status, res.headers.get("Content-Type"), res.headers.get("Retry-After")]).toEqual([429, "text/html; charset=utf-8", "60"]);
    expect(await res.text()).toContain("请 60 秒后再试。");
    await expectProblem(await send({ Accept: "application/json" }), 429);
  });
});

describe("/datasets", () => {
  it("lists every dataset, linking to its page", async () => {
    const { res, html } = await page("/datasets");
    expect(res.status).toBe(200);
    expect(html).toContain('<ul id="dataset-list">');
    expect(html).toContain(`<a href="/datasets/${DATASET}"><bdi>${esc(meta.title_zh)}</bdi></a>`);
    expect((await page("/datasets?x=1")).res.status).toBe(400);
  });
});

describe("glossary", () => {
  it("has every term of the brief at its own anchor, with a short gloss and 2–4 sentences", async () => {
    const { res, html } = await page("/glossary");
    expect(res.status).toBe(200);
    const english = (await page("/en/glossary")).html;
    const words = ["部门预算", "基本支出", "项目支出", "工资福利支出", "商品和服务支出", "公用经费", "对个人和家庭的补助", "财政拨款", "一般公共预算", "政府性基金", "国有资本经营预算", "部门结转", "上年结转", "三公经费", "类/款/项", "经济分类", "一级/二级/三级指标", "绩效目标", "上年度", "万元"];
    for (const w of words) expect(TERMS.some((t) => t.zh === w || t.aliases.includes(w)), w).toBe(true);
    const three = TERMS.find((t) => t.id === "three-public-expenses")!;
    for (const part of ["因公出国（境）费", "公务用车购置及运行费", "公务接待费"]) expect(three.explanation).toContain(part);
    expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
    for (const t of TERMS) {
      expect(count(html, `id="${t.id}"`)).toBe(1);
      expect(html).toContain(`<a href="#${t.id}">${esc(t.zh)}</a>`);
      expect(html).toContain(`<dd>${esc(t.explanationZh)}</dd>`);
      expect(english).toContain(`<dd lang="en">${esc(t.explanation)}</dd>`);
      // Chinese of its own: 2 to 4 sentences, a gloss of some length.
      const zhSentences = t.explanationZh.split(/(?<=。)/).filter((x) => x.trim()).length;
      expect(zhSentences, t.id).toBeGreaterThanOrEqual(2);
      expect(zhSentences, t.id).toBeLessThanOrEqual(4);
      expect(t.shortZh.length, t.id).toBeGreaterThan(8);
      const sentences = t.explanation.split(/(?<=[.!?])\s+(?=[A-Z0-9(“"])/).length;
      expect(sentences, t.id).toBeGreaterThanOrEqual(2);
      expect(sentences, t.id).toBeLessThanOrEqual(4);
      expect(t.short.length).toBeGreaterThan(20);
    }
  });

  it("is linked from the header of every page, with the search box", async () => {
    for (const path of ["/", "/datasets", "/glossary", "/search", `/datasets/${DATASET}/checks`, `/datasets/${DATASET}/projects/p01`, "/nope"]) {
      const { html } = await page(path);
      expect(html).toContain('<a href="/glossary">术语</a>');
      expect(html).toContain('<label for="site-q">');
    }
  });

  /** Whether the first occurrence of `word` in the page's main text lies inside a glossary link to `id`. */
  function firstIsLinked(html: string, word: string, id: string): boolean {
    const m = main(html);
    const at = m.indexOf(word);
    const open = m.lastIndexOf("<a ", at);
    return at > 0 && open > m.lastIndexOf("</a>", at) && m.slice(open, at).startsWith(`<a class="term" href="/glossary#${id}" title="`);
  }

  it("Term links the first occurrence of the terms on the dataset, checks and project pages, the gloss as title", async () => {
    const dataset = (await page(`/datasets/${DATASET}`)).html;
    const terms: [string, string][] = [
      ["基本支出", "basic-expenditure"],
      ["项目支出", "project-expenditure"],
      ["财政拨款", "fiscal-appropriation"],
      ["部门结转", "carryover"],
      ["三公经费", "three-public-expenses"],
      ["类/款/项", "functional-classification"],
    ];
    for (const [word, id] of terms) expect(firstIsLinked(dataset, word, id), `dataset page: ${word}`).toBe(true);
    const short = TERMS.find((t) => t.id === "carryover")!.short;
    const shortZh = TERMS.find((t) => t.id === "carryover")!.shortZh;
    expect(dataset).toContain(`<a class="term" href="/glossary#carryover" title="${esc(shortZh)}">部门结转</a>`);
    const english = (await page(`/en/datasets/${DATASET}`)).html;
    expect(english).toContain(`<a class="term" href="/en/glossary#carryover" title="${esc(short)}">部门结转</a>`);
    const checks = (await page(`/datasets/${DATASET}/checks`)).html;
    for (const [word, id] of terms) expect(firstIsLinked(checks, word, id), `checks page: ${word}`).toBe(true);
    const project = (await page(`/datasets/${DATASET}/projects/p01`)).html;
    for (const word of ["一级指标", "二级指标", "三级指标"]) expect(firstIsLinked(project, word, "indicator-levels"), `project page: ${word}`).toBe(true);
  });
});

describe("checks page", () => {
  it("links the JSON of every check, never itself", async () => {
    const { html } = await page(`/datasets/${DATASET}/checks`);
    expect(main(html)).not.toContain(`href="/datasets/${DATASET}/checks"`);
    expect(html).toContain(`<a href="/v1/datasets/${DATASET}/checks">`);
    expect(count(html, '<table class="checks">')).toBe(new Set(bundle.datasets[0]!.checks.map((c) => c.kind)).size);
    expect(count(html, 'data-label="应为"')).toBe(465);
  });
});

describe("部门结转 where the totals are shown", () => {
  const facts = rows("facts");
  const project = facts.filter((r) => r.direction === "expenditure" && r.spending === "project").reduce((s, r) => s + cents(r.amount), 0);
  const sheets = rows("projects").reduce((s, r) => s + cents(r.current_year_amount), 0);
  const carried = facts.filter((r) => r.direction === "revenue" && r.fund === "carryover").reduce((s, r) => s + cents(r.amount), 0);

  it("says 项目支出 = the projects + 部门结转 when the data satisfies it, with the data's numbers", async () => {
    expect([project, sheets, carried]).toEqual([322280, 321980, 300]);
    expect(project).toBe(sheets + carried);
    const { html } = await page(`/datasets/${DATASET}`);
    const note = html.slice(html.indexOf('<p id="project-gap"'), html.indexOf("</p>", html.indexOf('<p id="project-gap"')));
    const text = note.replace(/<[^>]+>/g, "");
    expect(text).toContain(`项目支出 ${wan(project)} 万元 = ${rows("projects").length} 个项目 ${wan(sheets)} 万元 + 部门结转 ${wan(carried)} 万元`);
    expect(text).toContain("项目支出 3,222.8 万元 = 25 个项目 3,219.8 万元 + 部门结转 3 万元");
  });

  it("states the difference neutrally when the carry-over does not explain it", async () => {
    const off = variant((d) => {
      const p = d.tables.projects![0] as PublishedRow;
      p.current_year_amount = (p.current_year_amount as number) + 1;
    });
    const { html } = await appPage(off, `/datasets/${DATASET}`);
    const text = html.slice(html.indexOf('<p id="project-gap"')).replace(/<[^>]+>/g, "");
    expect(text).toContain(`项目支出 3,222.8 万元，25 个项目合计 3,220.8 万元，相差 2 万元。`);
    expect(text.slice(0, 200)).not.toContain("+ 部门结转");
  });
});

describe("project page: this year against last year", () => {
  it("shows each project's project-changes row exactly", async () => {
    const changes = rows("project-changes");
    expect(changes.length).toBe(25);
    for (const ch of changes) {
      const { html } = await page(`/datasets/${DATASET}/projects/${ch.project_id}`);
      const yoy = html.slice(html.indexOf('<p id="project-change"'), html.indexOf("</p>", html.indexOf('<p id="project-change"')));
      expect(yoy).toContain(`<strong data-column="current_year_amount">${wan(cents(ch.current_year_amount))}</strong>`);
      expect(yoy).toContain(`<strong data-column="last_year_amount">${wan(cents(ch.last_year_amount))}</strong>`);
      const diff = cents(ch.change_amount);
      expect(yoy).toContain(`<strong data-column="change_amount">${diff > 0 ? "+" : ""}${wan(diff)}</strong>`);
      if (ch.change_percent === null) expect(yoy).toContain("上年为 0，无法算百分比");
      else expect(yoy).toContain(`<span data-column="change_percent">${cents(ch.change_percent) > 0 ? "+" : ""}${wan(cents(ch.change_percent))}%</span>`);
    }
    const text = async (id: string) => (await page(`/datasets/${DATASET}/projects/${id}`)).html.replace(/<[^>]+>/g, "");
    expect(await text("p03")).toContain("本年 50 万元，上年 10 万元，增减 +40 万元（+400%）");
    expect(await text("p06")).toContain("本年 4.2 万元，上年 5.4 万元，增减 -1.2 万元（-22.22%）");
    expect(await text("p05")).toContain("上年 0 万元，增减 +50 万元（上年为 0，无法算百分比）");
    const english = async (id: string) => (await page(`/en/datasets/${DATASET}/projects/${id}`)).html.replace(/<[^>]+>/g, "");
    expect(await english("p03")).toContain("this year 50 万元，last year 10 万元，change +40 万元（+400%）");
  });

  it("says 上年未列 where last year is blank, and no change", async () => {
    const blank = variant((d) => {
      const ch = d.tables["project-changes"]!.find((r) => r.project_id === "p01") as PublishedRow;
      Object.assign(ch, { last_year_amount: null, change_amount: null, change_percent: null });
    });
    const { html } = await appPage(blank, `/datasets/${DATASET}/projects/p01`);
    const yoy = html.slice(html.indexOf('<p id="project-change"'), html.indexOf("</p>", html.indexOf('<p id="project-change"')));
    expect(yoy).toContain("上年未列");
    expect(yoy).not.toContain("变化");
    expect(yoy).not.toMatch(/data-column="last_year_amount">0</);
  });
});

describe("JSON-LD and rel=alternate on the dataset page", () => {
  const jsonLd = (html: string) => {
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks.length).toBe(1);
    return JSON.parse(blocks[0]![1]!) as any;
  };
  const isMime = (s: unknown) => typeof s === "string" && /^[a-z]+\/[a-z0-9.+-]+$/.test(s);

  /** Google's Dataset structured data: required name and description (50–5000 characters); recommended fields as documented. */
  function googleDatasetProblems(ld: any): string[] {
    const problems: string[] = [];
    if (ld["@context"] !== "https://schema.org") problems.push("@context");
    if (ld["@type"] !== "Dataset") problems.push("@type");
    if (typeof ld.name !== "string" || ld.name.length === 0) problems.push("name");
    if (typeof ld.description !== "string" || ld.description.length < 50 || ld.description.length > 5000) problems.push("description");
    for (const k of ["url", "identifier", "temporalCoverage", "inLanguage", "version"]) if (typeof ld[k] !== "string" || !ld[k]) problems.push(k);
    if (!/^https?:\/\//.test(ld.url)) problems.push("url not absolute");
    for (const k of ["publisher", "creator"]) if (ld[k]?.["@type"] !== "Organization" || !ld[k]?.name) problems.push(k);
    if ("license" in ld && typeof ld.license !== "string") problems.push("license");
    if (!Array.isArray(ld.distribution) || ld.distribution.length === 0) problems.push("distribution");
    for (const d of ld.distribution ?? []) {
      if (d["@type"] !== "DataDownload") problems.push(`distribution @type ${d["@type"]}`);
      if (!isMime(d.encodingFormat)) problems.push(`encodingFormat ${d.encodingFormat}`);
      if (typeof d.contentUrl !== "string" || !/^https?:\/\/[^/]+\//.test(d.contentUrl)) problems.push(`contentUrl ${d.contentUrl}`);
    }
    return problems;
  }

  it("describes the dataset as schema.org Dataset with every download, URLs from the request's origin", async () => {
    const { html } = await page(`/datasets/${DATASET}`);
    const ld = jsonLd(html);
    expect(googleDatasetProblems(ld)).toEqual([]);
    expect(ld.name).toBe(meta.title_zh);
    expect(ld.identifier).toBe(DATASET);
    expect(ld.temporalCoverage).toBe(String(meta.year));
    expect(ld.temporalCoverage).toBe("2021");
    expect(ld.inLanguage).toBe("zh-CN");
    expect(ld.url).toBe(`${ORIGIN}/datasets/${DATASET}`);
    expect(ld.publisher).toEqual({ "@type": "Organization", name: meta.publisher });
    expect(meta.licence).toBeNull();
    expect("license" in ld).toBe(false);
    const formats = ld.distribution.map((d: any) => d.encodingFormat);
    for (const f of ["application/zip", "application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]) expect(formats).toContain(f);
    expect(ld.distribution.filter((d: any) => d.encodingFormat === "text/csv").length).toBe(meta.tables.filter((t) => t.row_count > 0).length);
    for (const d of ld.distribution) {
      expect(d.contentUrl.startsWith(`${ORIGIN}/v1/datasets/${DATASET}/`)).toBe(true);
      const res = await get(d.contentUrl);
      await res.arrayBuffer();
      expect(res.status, d.contentUrl).toBe(200);
    }
    expect(html).toContain(`<link rel="alternate" type="application/json" href="/v1/datasets/${DATASET}/datapackage.json" title="Data Package (datapackage.json)"/>`);
    const pkg = await get(`/v1/datasets/${DATASET}/datapackage.json`);
    expect([pkg.status, pkg.headers.get("Content-Type")?.split(";")[0]]).toEqual([200, "application/json"]);
  });

  it("escapes </ in the JSON: data can never close the script element", async () => {
    expect(scriptJson({ a: "</script><!--&\u2028" })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028"}');
    const title = '</script><script>alert(1)</script><!--';
    const evil = variant((d) => {
      d.meta.title_zh = title;
    });
    const { html } = await appPage(evil, `/datasets/${DATASET}`);
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(block).not.toMatch(/<|>/);
    expect(JSON.parse(block).name).toBe(title);
    expect(count(html, "<script")).toBe(1);
  });
});
