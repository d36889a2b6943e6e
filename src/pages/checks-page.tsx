/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** Every reconciliation check of a dataset, grouped by kind: what must equal what, both sides, and the source lines. */
import type { DatasetRecord } from "../data/store";
import { CheckStatus } from "./sections/checks";
import { Bi, En, Layout } from "./layout";
import { CHECK_KINDS, kindLabel } from "./labels";
import { formatWan } from "./money";
import { Crumbs } from "./crumbs";

export function ChecksPage({ record }: { record: DatasetRecord }) {
  const { meta, checks } = record;
  const kinds = [...new Set(checks.map((c) => c.kind))];
  return (
    <Layout title={`核对 Checks · ${meta.title_zh}`} description={`${meta.title_zh}：${checks.length} 项算术核对。${checks.length} reconciliation checks.`}>
      <Crumbs meta={meta} section="quality">
        核对 <span lang="en">Checks</span>
      </Crumbs>
      <h1 id="title">
        核对
        <span lang="en" class="en">
          Reconciliation checks · {meta.title_en}
        </span>
      </h1>
      <CheckStatus meta={meta} checks={checks} />
      {kinds.map((kind) => {
        const k = kindLabel(CHECK_KINDS, kind);
        const list = checks.filter((c) => c.kind === kind);
        return (
          <section aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>
              <Bi zh={`${k.zh}（${list.length}）`} en={`${k.en} (${list.length})`} />
            </h2>
            <div class="scroll" role="region" aria-label={`${k.zh} ${k.en}`} tabindex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">核对 <span lang="en">Check</span></th>
                    <th scope="col" class="num">应为 <span lang="en">Expected</span></th>
                    <th scope="col" class="num">实为 <span lang="en">Actual</span></th>
                    <th scope="col">结果 <span lang="en">Result</span></th>
                    <th scope="col">来源行 <span lang="en">Lines</span></th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((c) => (
                    <tr id={`check-${c.id}`} class="check">
                      <th scope="row">
                        {c.description}
                        <br />
                        <code class="muted">{c.id}</code>
                      </th>
                      <td class="num">{c.kind === "structure" ? c.expected : formatWan(c.expected)}</td>
                      <td class="num">{c.kind === "structure" ? c.actual : formatWan(c.actual)}</td>
                      <td>{c.pass ? <span class="pass">✓ 通过 <En>pass</En></span> : <span class="fail">✗ 未通过 <En>fail</En></span>}</td>
                      <td class="code">{c.lines.join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </Layout>
  );
}
