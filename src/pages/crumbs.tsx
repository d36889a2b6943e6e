/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** The breadcrumb of a page under a dataset: Home › the dataset (at a section) › this page. */
import { tr } from "./lang";
import { Bi } from "./layout";
import type { Child } from "hono/jsx";
import type { DatasetHead } from "../data/store";
import { pagePaths } from "./paths";

export function Crumbs({ meta, section, children }: { meta: DatasetHead; section: string; children: Child }) {
  return (
    <nav class="crumbs" aria-label={tr("位置", "Breadcrumb")}>
      <ol>
        <li>
          <a href={pagePaths.home}><Bi zh="首页" en="Home" /></a>
        </li>
        <li>
          <a href={`${pagePaths.dataset(meta.id)}#${section}`}>
            <bdi>{meta.title_zh}</bdi>
          </a>
        </li>
        <li aria-current="page">{children}</li>
      </ol>
    </nav>
  );
}
