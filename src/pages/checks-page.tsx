/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * Every reconciliation check of a dataset, grouped by kind: what must equal what, both sides,
 * and the source lines. The tables have a fixed layout (descriptions and ids wrap) to fit a
 * desktop without sideways scrolling; on a phone each check is a card with labelled cells.
 */
import type { DatasetRecord } from "../data/store";
import { Term } from "./glossary/term";
import { CheckStatus } from "./sections/checks";
import { Bi, En, Layout, PageTitle } from "./layout";
import { CHECK_KINDS, kindLabel } from "./labels";
import { formatWan } from "./money";
import { Crumbs } from "./crumbs";

const COLUMNS = {
  check: { zh: "核对", en: "Check" },
  expected: { zh: "应为", en: "Expected" },
  actual: { zh: "实为", en: "Actual" },
  result: { zh: "结果", en: "Result" },
  lines: { zh: "来源行", en: "Lines" },
};
/** The label a phone shows before a cell (its column header, which a card layout hides). */
const label = (c: { zh: string; en: string }) => `${c.zh} ${c.en}`;

export function ChecksPage({ record }: { record: DatasetRecord }) {
  const { meta, checks } = record;
  const kinds = [...new Set(checks.map((c) => c.kind))];
  return (
    <Layout title={`核对 Checks · ${meta.title_zh}`} description={`${meta.title_zh}：${checks.length} 项算术核对。${checks.length} reconciliation checks.`}>
      <Crumbs meta={meta} section="quality">
        核对 <span lang="en">Checks</span>
      </Crumbs>
      <PageTitle zh="核对" en={`Reconciliation checks · ${meta.title_en}`} />
      <p>
        每项核对把原文中应当相等的两个数放在一起：例如<Term id="basic-expenditure" />与<Term id="project-expenditure" />之和等于支出合计，各科目按
        <Term id="functional-classification">类/款/项</Term>逐级汇总，<Term id="fiscal-appropriation" />、<Term id="carryover" />
        等同一金额在不同表中一致，<Term id="three-public-expenses" />各项之和等于共计。{" "}
        <En>Each check puts two figures of the document side by side that must be equal; the build publishes only when all hold.</En>
      </p>
      <CheckStatus meta={meta} checks={checks} onChecksPage />
      {kinds.map((kind) => {
        const k = kindLabel(CHECK_KINDS, kind);
        const list = checks.filter((c) => c.kind === kind);
        return (
          <section aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>
              <Bi zh={`${k.zh}（${list.length}）`} en={`${k.en} (${list.length})`} />
            </h2>
            <table class="checks">
              <colgroup>
                <col class="c-check" />
                <col class="c-num" />
                <col class="c-num" />
                <col class="c-result" />
                <col class="c-lines" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{COLUMNS.check.zh} <span lang="en">{COLUMNS.check.en}</span></th>
                  <th scope="col" class="num">{COLUMNS.expected.zh} <span lang="en">{COLUMNS.expected.en}</span></th>
                  <th scope="col" class="num">{COLUMNS.actual.zh} <span lang="en">{COLUMNS.actual.en}</span></th>
                  <th scope="col">{COLUMNS.result.zh} <span lang="en">{COLUMNS.result.en}</span></th>
                  <th scope="col">{COLUMNS.lines.zh} <span lang="en">{COLUMNS.lines.en}</span></th>
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
                    <td class="num expected" data-label={label(COLUMNS.expected)}>{c.kind === "structure" ? c.expected : formatWan(c.expected)}</td>
                    <td class="num actual" data-label={label(COLUMNS.actual)}>{c.kind === "structure" ? c.actual : formatWan(c.actual)}</td>
                    <td class="result" data-label={label(COLUMNS.result)}>{c.pass ? <span class="pass">✓ 通过 <En>pass</En></span> : <span class="fail">✗ 未通过 <En>fail</En></span>}</td>
                    <td class="code" data-label={label(COLUMNS.lines)}>{c.lines.join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </Layout>
  );
}
