/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * Problems for browsers: a request whose Accept prefers a page gets the problem as an HTML
 * page in the site's style (same status, same CSP); every other client keeps the problem+json
 * exactly as the API sends it. The one place that decides this is `problemForBrowser`.
 */
import { PROBLEM_CONTENT_TYPE, type ProblemBody } from "../http/problem";
import { wantsHtml } from "./accept";
import { HTML_CONTENT_TYPE, pageHeaders } from "./html-response";
import { Bi, Layout, PageTitle, renderDocument } from "./layout";
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

export function ErrorPage({ problem, retryAfter }: { problem: ProblemBody; retryAfter: string | null }) {
  const slug = slugOf(problem);
  const zh = TITLES_ZH[slug] ?? "出错了";
  return (
    <Layout title={`${problem.status} ${zh} ${problem.title}`} description={`${problem.status} ${problem.title}`}>
      <PageTitle zh={zh} en={`${problem.status} · ${problem.title}`} />
      <p lang="en" id="problem-detail">
        {problem.detail}
      </p>
      {problem.errors.length > 0 && (
        <ul id="problem-errors" lang="en">
          {problem.errors.map((e) => (
            <li>
              <code>{e.param}</code>: {e.message}
            </li>
          ))}
        </ul>
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
  headers.set("Cache-Control", "no-store");
  // The same URL answers JSON to other clients: caches must tell the two apart.
  headers.set("Vary", "Accept");
  headers.delete("Content-Length");
  const html = await renderDocument(<ErrorPage problem={problem} retryAfter={res.headers.get("Retry-After")} />);
  return new Response(request.method === "HEAD" ? null : html, { status: res.status, headers });
}
