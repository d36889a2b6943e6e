/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * Datasets in catalog order, each linking to its page; the one shown is marked. `total` counts
 * all that match (a page shows a bounded number of them), `more` links to the rest.
 */
import type { CatalogEntry } from "../../data/store";
import { Bi, En } from "../layout";
import { DATASET_KINDS, kindLabel } from "../labels";
import { pagePaths } from "../paths";

export interface DatasetListProps {
  datasets: readonly CatalogEntry[];
  current: string | null;
  total?: number;
  more?: { href: string; zh: string; en: string } | null;
}

export function DatasetList({ datasets, current, total = datasets.length, more = null }: DatasetListProps) {
  return (
    <nav aria-labelledby="datasets" class="datasets">
      <h2 id="datasets">
        <Bi zh={`全部数据集（${total}）`} en={`All datasets (${total})`} />
      </h2>
      <ul id="dataset-list">
        {datasets.map((d) => {
          const kind = kindLabel(DATASET_KINDS, d.kind);
          return (
            <li>
              <a href={pagePaths.dataset(d.id)} aria-current={d.id === current ? "page" : undefined}>
                <bdi>{d.title_zh}</bdi>
              </a>{" "}
              <span class="pill">
                {d.year} {kind.zh} <En>{kind.en}</En>
              </span>{" "}
              <code class="muted">{d.id}</code>
            </li>
          );
        })}
      </ul>
      {more && (
        <p>
          <a href={more.href} rel="next">
            <Bi zh={more.zh} en={more.en} />
          </a>
        </p>
      )}
    </nav>
  );
}
