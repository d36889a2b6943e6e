/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** "比上年变化": the projects whose amount grew most and fell most against last year, from project-changes. */
import type { ProjectChange } from "../dataset-view";
import { Bi } from "../layout";
import { useLang } from "../lang";
import { formatWan } from "../../lib/money";
import { pagePaths } from "../paths";

const signed = (x: number) => `${x > 0 ? "+" : ""}${formatWan(x)}`;

function ChangeTable({ dataset, rows, id }: { dataset: string; rows: readonly ProjectChange[]; id: string }) {
  const en = useLang() === "en";
  return (
    <div class="scroll" role="region" aria-label={id === "changes-up" ? (en ? "Largest increases" : "增加最多") : en ? "Largest decreases" : "减少最多"} tabindex={0}>
      <table id={id}>
        <thead>
          <tr>
            <th scope="col">
              <Bi zh="项目" en="Project" />
            </th>
            <th scope="col" class="num">
              <Bi zh="增减（万元）" en="Change (万元)" />
            </th>
            <th scope="col" class="num">
              <Bi zh="增减" en="Change" />
            </th>
            <th scope="col" class="num opt">
              <Bi zh="本年" en="This year" />
            </th>
            <th scope="col" class="num opt">
              <Bi zh="上年" en="Last year" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr data-project={r.project}>
              <th scope="row">
                <a href={pagePaths.project(dataset, r.project)}>
                  <bdi>{r.name}</bdi>
                </a>
              </th>
              <td class="num">{signed(r.change)}</td>
              <td class="num">{r.percent === null ? "—" : `${signed(r.percent)}%`}</td>
              <td class="num opt">{formatWan(r.current)}</td>
              <td class="num opt">{formatWan(r.last)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ChangesSection({ dataset, changes }: { dataset: string; changes: { up: ProjectChange[]; down: ProjectChange[] } }) {
  if (changes.up.length === 0 && changes.down.length === 0) return null;
  return (
    <section aria-labelledby="changes">
      <h2 id="changes">
        <Bi zh="比上年变化" en="Change from last year" />
      </h2>
      <p>
        <Bi zh="项目本年度金额与上年度金额相比，增加和减少最多的项目。" en="The projects whose amount grew most, and fell most, against last year." />{" "}
        <a href={`${pagePaths.table(dataset, "project-changes")}`}>
          <Bi zh="全部项目的对比" en="every project's change" />
        </a>
      </p>
      {changes.up.length > 0 && (
        <>
          <h3>
            <Bi zh="增加最多" en="Largest increases" />
          </h3>
          <ChangeTable dataset={dataset} rows={changes.up} id="changes-up" />
        </>
      )}
      {changes.down.length > 0 && (
        <>
          <h3>
            <Bi zh="减少最多" en="Largest decreases" />
          </h3>
          <ChangeTable dataset={dataset} rows={changes.down} id="changes-down" />
        </>
      )}
    </section>
  );
}
