/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** Every dataset, in catalog order, each linking to its page; the one shown is marked. */
import type { DatasetMeta } from "../../schema/dataset";
import { Bi, En } from "../layout";
import { DATASET_KINDS, kindLabel } from "../labels";
import { pagePaths } from "../paths";

export function DatasetList({ datasets, current }: { datasets: readonly DatasetMeta[]; current: string | null }) {
  return (
    <nav aria-labelledby="datasets" class="datasets">
      <h2 id="datasets">
        <Bi zh={`全部数据集（${datasets.length}）`} en={`All datasets (${datasets.length})`} />
      </h2>
      <ul id="dataset-list">
        {datasets.map((d) => {
          const kind = kindLabel(DATASET_KINDS, d.kind);
          return (
            <li>
              <a href={pagePaths.dataset(d.id)} aria-current={d.id === current ? "page" : undefined}>
                {d.title_zh}
              </a>{" "}
              <span class="pill">
                {d.year} {kind.zh} <En>{kind.en}</En>
              </span>{" "}
              <code class="muted">{d.id}</code>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
