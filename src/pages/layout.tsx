/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** The page shell: head (inlined stylesheet, no external resources), site header, footer. */
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { HtmlEscapedString } from "hono/utils/html";
import { MAX_QUERY } from "../search/run";
import { pagePaths } from "./paths";
import { CSS } from "./style";

/** English beside Chinese. */
export function En({ children }: { children?: Child }) {
  return (
    <span lang="en" class="en">
      {children}
    </span>
  );
}

/** `中文 English`: the Chinese term with its English alongside. */
export function Bi({ zh, en }: { zh: Child; en: Child }) {
  return (
    <>
      {zh} <En>{en}</En>
    </>
  );
}

/** A page's one heading: the Chinese title, the English beneath it (id "title", which skip links and tests use). */
export function PageTitle({ zh, en }: { zh: Child; en: Child }) {
  return (
    <h1 id="title">
      {zh}
      <span lang="en" class="en">
        {en}
      </span>
    </h1>
  );
}

export interface LayoutProps {
  /** The document title (tab, bookmarks). */
  title: string;
  description: string;
  footer?: Child;
  /** The search box's text (the search page shows its query there). */
  query?: string;
  /** More of the head: JSON-LD, alternate links. */
  head?: Child;
  children?: Child;
}

/** The search box of every page: a plain GET form to /search, so it works without script. */
function SearchBox({ query }: { query?: string }) {
  return (
    <form class="search" role="search" action={pagePaths.search} method="get">
      <label for="site-q">
        搜索 <span lang="en">Search</span>
      </label>
      <input id="site-q" type="search" name="q" value={query ?? ""} maxlength={MAX_QUERY} placeholder="项目、指标、科目 projects, indicators…" />
      <button type="submit">
        搜索 <span lang="en">Go</span>
      </button>
    </form>
  );
}

export function Layout({ title, description, footer, query, head, children }: LayoutProps) {
  return (
    <html lang="zh-Hans">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={description} />
        <link rel="icon" href="data:," />
        <style>{raw(CSS)}</style>
        {head}
      </head>
      <body>
        <a class="skip" href="#main">
          跳到正文 <span lang="en">Skip to content</span>
        </a>
        <header class="site">
          <div class="wrap">
            <a class="brand" href={pagePaths.home}>
              预算公开数据 <span lang="en">Budget disclosures</span>
            </a>
            <nav aria-label="站点 Site">
              <ul>
                <li>
                  <a href={pagePaths.datasets}>
                    数据集 <span lang="en">Datasets</span>
                  </a>
                </li>
                <li>
                  <a href={pagePaths.glossary()}>
                    术语 <span lang="en">Glossary</span>
                  </a>
                </li>
                <li>
                  <a href={pagePaths.docs}>
                    API 文档 <span lang="en">Docs</span>
                  </a>
                </li>
                <li>
                  <a href={pagePaths.api}>
                    API <span lang="en">/v1</span>
                  </a>
                </li>
                <li>
                  <a href={pagePaths.openapi}>OpenAPI</a>
                </li>
              </ul>
            </nav>
            <SearchBox query={query} />
          </div>
        </header>
        <main id="main" class="wrap">
          {children}
        </main>
        <footer class="site">
          <div class="wrap">
            {footer}
            <p>
              数据与接口均可自由访问，无需登录；金额单位为万元。 <En>Open data and API, no login; amounts in 万元 (10,000 CNY).</En>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** The page as a string, with its doctype (components are synchronous, so this renders in one pass). */
export async function renderDocument(page: HtmlEscapedString | Promise<HtmlEscapedString>): Promise<string> {
  return "<!doctype html>" + (await (await page).toString());
}
