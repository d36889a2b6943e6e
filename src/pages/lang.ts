/**
 * The language of a page. Pages are in Chinese; the same page in English lives under the
 * prefix /en (`/en/datasets/…`), a URL of its own, so caches never mix the two. A page is
 * rendered inside the provider of its language: components read it with `useLang()`, and
 * the page paths (paths.ts) carry the prefix of the page being rendered.
 */
import { createContext, useContext } from "hono/jsx";

export type Lang = "zh" | "en";

export const EN_PREFIX = "/en";

export interface PageContextValue {
  lang: Lang;
  /** The page's path and query in Chinese (without the prefix), for the language switch. */
  path: string;
}

export const PageContext = createContext<PageContextValue>({ lang: "zh", path: "/" });

/** The language of the page being rendered ("zh" outside a render). */
export function useLang(): Lang {
  return useContext(PageContext).lang;
}

/** The whole page context (language and path). */
export function usePageContext(): PageContextValue {
  return useContext(PageContext);
}

/** The Chinese or the English, by the page's language. */
export function tr(zh: string, en: string): string {
  return useLang() === "en" ? en : zh;
}

/** The language a request's path asks for. */
export function langOfPath(pathname: string): Lang {
  return pathname === EN_PREFIX || pathname.startsWith(EN_PREFIX + "/") ? "en" : "zh";
}

/** A page path without its language prefix. */
export function unprefixed(pathname: string): string {
  if (langOfPath(pathname) === "zh") return pathname;
  return pathname.slice(EN_PREFIX.length) || "/";
}

/** A page path (no prefix) in a language. */
export function inLang(path: string, lang: Lang): string {
  if (lang === "zh") return path;
  return path === "/" ? EN_PREFIX : path.startsWith("/?") || path.startsWith("/#") ? EN_PREFIX + path.slice(1) : EN_PREFIX + path;
}

/** The page context of a request URL. */
export function pageContextOf(url: URL): PageContextValue {
  return { lang: langOfPath(url.pathname), path: unprefixed(url.pathname) + url.search };
}
