/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * Problems for browsers: a request whose Accept prefers a page gets the problem as an HTML
 * page in the site's style (same status, same CSP); every other client keeps the problem+json
 * exactly as the API sends it. The one place that decides this is `problemForBrowser`.
 */
import { PROBLEM_CONTENT_TYPE, type ProblemBody } from "../lib/problem";
import { wantsHtml } from "./accept";
import { HTML_CONTENT_TYPE, pageHeaders } from "./html-response";
import { Bi, Layout, PageTitle, renderDocument } from "./layout";
import { pageContextOf, useLang } from "./lang";
import { problemMessageZh } from "./problem-text";
import { pagePaths } from "./paths";

/** The page's Chinese heading by problem type (the English is the problem's own title). */
const TITLES_ZH: Record<string, string> = {
  "invalid-query": "请求参数有误",
  "overlapping-sum": "相加会重复计算",
  "not-found": "找不到页面",
  "method-not-allowed": "不允许的请求方法",
  "not-acceptable": "无法提供所要的格式",
  "uri-too-long": "网址过长",
  "header-too-large": "请求头过长",
  "too-many-requests": "请求过于频繁",
  "stale-cursor": "翻页链接已过期",
  "data-unavailable": "数据暂时无法读取",
  "internal-error": "服务器出错",
};

function slugOf(body: ProblemBody): string {
  return body.type.slice(body.type.lastIndexOf("/") + 1);
}

/** What each problem means for a reader, in Chinese (the English detail is the API's own). */
const EXPLAIN_ZH: Record<string, string> = {
  "invalid-query": "网址中的查询参数有误，下面列出了每个有问题的参数。请检查列名和写法，或回到表格页面重新筛选。",
  "overlapping-sum": "这样相加会把同一笔钱算两次（例如收入和支出相加，或两个年度相加），请按提示改一个参数。",
  "not-found": "没有这个网址对应的页面或数据。可能是链接写错了，或者数据已经更新。",
  "method-not-allowed": "这些页面和接口只能读取，不能提交或修改。",
  "not-acceptable": "无法提供所要求的格式。可选的格式有 JSON、CSV、NDJSON 和 XLSX。",
  "uri-too-long": "网址太长了。请减少筛选条件。",
  "too-many-requests": "短时间内请求太多了，请稍后再试。",
  "stale-cursor": "数据已经更新，这个翻页链接失效了。请从第一页重新开始。",
  "data-unavailable": "数据暂时读取不到，请稍后再试。",
  "internal-error": "服务器出了问题，不是您的请求有误。请稍后再试。",
};

function ApiWords({ problem }: { problem: ProblemBody }) {
  return (
    <div lang="en">
      <p id="problem-detail">{problem.detail}</p>
      {problem.errors.length > 0 && (
        <ul id="problem-errors">
          {problem.errors.map((e) => (
            <li>
              <code>{e.param}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ErrorPage({ problem, retryAfter }: { problem: ProblemBody; retryAfter: string | null }) {
  const slug = slugOf(problem);
  const zh = TITLES_ZH[slug] ?? "出错了";
  const en = useLang() === "en";
  return (
    <Layout title={en ? `${problem.status} ${problem.title}` : `${problem.status} ${zh}`} description={en ? `${problem.status} ${problem.title}` : `${problem.status} ${zh}`}>
      <PageTitle zh={zh} en={`${problem.status} · ${problem.title}`} />
      {!en && <p id="problem-explain">{EXPLAIN_ZH[slug] ?? "请求没有成功。"}</p>}
      {!en && problem.errors.length > 0 && (
        <>
          <p id="problem-params">
            有问题的参数：
            {problem.errors.map((e, i) => (
              <>
                {i > 0 && "、"}
                <code>{e.param}</code>
              </>
            ))}
          </p>
          <ul id="problem-errors-zh">
            {problem.errors.map((e) => (
              <li>
                <code>{e.param}</code>：<bdi>{problemMessageZh(e.message) ?? "详见下方接口返回的英文原文。"}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
      {/* The API's own words (English); on the Chinese page folded, as the technical original. */}
      {en ? (
        <ApiWords problem={problem} />
      ) : (
        <details class="original" id="problem-original">
          <summary>接口返回的技术说明（英文原文）</summary>
          <ApiWords problem={problem} />
        </details>
      )}
      {retryAfter && (
        <p>
          <Bi zh={`请 ${retryAfter} 秒后再试。`} en={`Try again in ${retryAfter} seconds.`} />
        </p>
      )}
      <p class="note">
        <Bi zh="问题类型" en="Problem type" />: <a href={problem.type}>{problem.type}</a> · HTTP {problem.status}
      </p>
      <h2 id="onward">
        <Bi zh="接下来可以" en="Where to go instead" />
      </h2>
      <ul id="onward-links">
        <li>
          <a href={pagePaths.home}>
            <Bi zh="首页" en="Home" />
          </a>
        </li>
        <li>
          <a href={pagePaths.datasets}>
            <Bi zh="全部数据集" en="All datasets" />
          </a>
        </li>
        <li>
          <a href={pagePaths.search}>
            <Bi zh="搜索" en="Search" />
          </a>
        </li>
        <li>
          <a href={pagePaths.docs}>
            <Bi zh="API 文档" en="API docs" />
          </a>
        </li>
        <li>
          <a href={pagePaths.glossary()}>
            <Bi zh="术语" en="Glossary" />
          </a>
        </li>
      </ul>
    </Layout>
  );
}

/**
 * `res` as a page when it is a problem and the request prefers HTML; otherwise `res` itself,
 * untouched. Status and the problem's own headers (Allow, Retry-After, CORS) are kept.
 */
export async function problemForBrowser(request: Request, res: Response): Promise<Response> {
  if (res.status < 400 || res.headers.get("Content-Type") !== PROBLEM_CONTENT_TYPE) return res;
  if (!wantsHtml(request.headers.get("Accept"))) return res;
  const problem = (await res.clone().json()) as ProblemBody;
  const headers = new Headers(res.headers);
  for (const [k, v] of await pageHeaders()) headers.set(k, v);
  headers.set("Content-Type", HTML_CONTENT_TYPE);
  headers.set("Content-Language", pageContextOf(new URL(request.url)).lang === "en" ? "en" : "zh-Hans");
  headers.set("Cache-Control", "no-store");
  // The same URL answers JSON to other clients: caches must tell the two apart.
  headers.set("Vary", "Accept");
  headers.delete("Content-Length");
  const html = await renderDocument(<ErrorPage problem={problem} retryAfter={res.headers.get("Retry-After")} />, pageContextOf(new URL(request.url)));
  return new Response(request.method === "HEAD" ? null : html, { status: res.status, headers });
}
