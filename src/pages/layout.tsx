/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** The page shell: head (inlined stylesheet, no external resources), site header, footer. */
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { HtmlEscapedString } from "hono/utils/html";
import { MAX_QUERY } from "../search/run";
import { EN_PREFIX, inLang, PageContext, usePageContext, useLang, type PageContextValue } from "./lang";
import { pagePaths } from "./paths";
import { CSS } from "./style";
import { isolate } from "./bidi";

/** English shown on the English pages only (a Chinese page says it in Chinese, once). */
export function En({ children }: { children?: Child }) {
  if (useLang() !== "en") return null;
  return (
    <span lang="en" class="en">
      {children}
    </span>
  );
}

/** Chinese shown on the Chinese pages only (the English page says it in English, once). */
export function Zh({ children }: { children?: Child }) {
  return useLang() === "en" ? null : <>{children}</>;
}

/** The Chinese on a Chinese page, the English on an English one. */
export function Bi({ zh, en }: { zh: Child; en: Child }) {
  return <>{useLang() === "en" ? en : zh}</>;
}

/** A page's one heading in the page's language (id "title", which skip links and tests use); the English page keeps the Chinese title beneath. */
export function PageTitle({ zh, en }: { zh: Child; en: Child }) {
  if (useLang() === "en") {
    return (
      <h1 id="title" lang="en">
        {en}
        <span lang="zh-Hans" class="en">
          {zh}
        </span>
      </h1>
    );
  }
  return <h1 id="title">{zh}</h1>;
}

/** The link to this page in the other language. */
function LanguageSwitch() {
  const { lang, path } = usePageContext();
  return lang === "en" ? (
    <a class="lang" id="lang-switch" href={path} hreflang="zh-Hans" lang="zh-Hans">
      中文
    </a>
  ) : (
    <a class="lang" id="lang-switch" href={inLang(path, "en")} hreflang="en" lang="en">
      English
    </a>
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
        <Bi zh="搜索" en="Search" />
      </label>
      <input id="site-q" type="search" name="q" value={query ?? ""} maxlength={MAX_QUERY} placeholder={useLang() === "en" ? "projects, indicators, budget items…" : "项目、指标、科目、表名、术语"} />
      <button type="submit">
        <Bi zh="搜索" en="Go" />
      </button>
    </form>
  );
}

export function Layout({ title, description, footer, query, head, children }: LayoutProps) {
  const { lang, path } = usePageContext();
  const bare = path.split("?")[0]!;
  return (
    <html lang={lang === "en" ? "en" : "zh-Hans"}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{isolate(title)}</title>
        <meta name="description" content={description} />
        <link rel="icon" href="data:," />
        <link rel="alternate" hreflang="zh-Hans" href={bare} />
        <link rel="alternate" hreflang="en" href={inLang(bare, "en")} />
        <style>{raw(CSS)}</style>
        {head}
      </head>
      <body>
        <a class="skip" href="#main">
          <Bi zh="跳到正文" en="Skip to content" />
        </a>
        <header class="site">
          <div class="wrap">
            <a class="brand" href={pagePaths.home}>
              <Bi zh="预算公开数据" en="Budget disclosures" />
            </a>
            <nav aria-label={lang === "en" ? "Site" : "站点"}>
              <ul>
                <li>
                  <a href={pagePaths.datasets}>
                    <Bi zh="数据集" en="Datasets" />
                  </a>
                </li>
                <li>
                  <a href={pagePaths.glossary()}>
                    <Bi zh="术语" en="Glossary" />
                  </a>
                </li>
                <li>
                  <a href={pagePaths.docs}>
                    <Bi zh="接口文档" en="API docs" />
                  </a>
                </li>
                <li>
                  <a href={pagePaths.api}>API</a>
                </li>
                <li>
                  <LanguageSwitch />
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
              <Bi zh="数据与接口均可自由使用，无需登录；金额单位为万元。" en="Open data and API, no login; amounts in 万元 (10,000 CNY)." />
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/**
 * The page as a string, with its doctype, in the language of `context` (components are
 * synchronous, so this renders in one pass, inside the provider).
 */
export async function renderDocument(page: Child, context: PageContextValue): Promise<string> {
  const node = <PageContext.Provider value={context}>{page}</PageContext.Provider>;
  return "<!doctype html>" + (await (node as unknown as HtmlEscapedString).toString());
}

export { EN_PREFIX };
