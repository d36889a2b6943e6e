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
import { Bi, En, Layout, PageTitle, Zh } from "./layout";
import { CHECK_KINDS, kindLabel } from "./labels";
import { formatWan } from "../lib/money";
import { Crumbs } from "./crumbs";
import { checkDescriptionZh } from "./check-text";
import { useLang } from "./lang";

const COLUMNS = {
  check: { zh: "核对", en: "Check" },
  expected: { zh: "应为", en: "Expected" },
  actual: { zh: "实为", en: "Actual" },
  result: { zh: "结果", en: "Result" },
  lines: { zh: "来源行", en: "Lines" },
};
/** The label a phone shows before a cell (its column header, which a card layout hides). */
const label = (c: { zh: string; en: string }, en: boolean) => (en ? c.en : c.zh);

export function ChecksPage({ record }: { record: DatasetRecord }) {
  const { meta, checks } = record;
  const kinds = [...new Set(checks.map((c) => c.kind))];
  const en = useLang() === "en";
  return (
    <Layout title={en ? `Checks · ${meta.title_en}` : `核对 · ${meta.title_zh}`} description={en ? `${checks.length} reconciliation checks.` : `${meta.title_zh}：${checks.length} 项核对。`}>
      <Crumbs meta={meta} section="quality">
        <Bi zh="核对" en="Checks" />
      </Crumbs>
      <PageTitle zh="核对" en={`Reconciliation checks · ${meta.title_en}`} />
      <p>
        <Zh>
          每项核对把原文中应当相等的两个数放在一起：例如<Term id="basic-expenditure" />与<Term id="project-expenditure" />之和等于支出合计，各科目按
          <Term id="functional-classification">类/款/项</Term>逐级汇总，<Term id="fiscal-appropriation" />、<Term id="carryover" />
          等同一金额在不同表中一致，<Term id="three-public-expenses" />各项之和等于共计。全部相符才发布。
        </Zh>
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
                  <th scope="col">{en ? COLUMNS.check.en : COLUMNS.check.zh}</th>
                  <th scope="col" class="num">{en ? COLUMNS.expected.en : COLUMNS.expected.zh}</th>
                  <th scope="col" class="num">{en ? COLUMNS.actual.en : COLUMNS.actual.zh}</th>
                  <th scope="col">{en ? COLUMNS.result.en : COLUMNS.result.zh}</th>
                  <th scope="col">{en ? COLUMNS.lines.en : COLUMNS.lines.zh}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr id={`check-${c.id}`} class="check">
                    <th scope="row">
                      {en ? c.description : checkDescriptionZh(c.description)}
                      <br />
                      <code class="muted">{c.id}</code>
                    </th>
                    <td class="num expected" data-label={label(COLUMNS.expected, en)}>{c.kind === "structure" ? c.expected : formatWan(c.expected)}</td>
                    <td class="num actual" data-label={label(COLUMNS.actual, en)}>{c.kind === "structure" ? c.actual : formatWan(c.actual)}</td>
                    <td class="result" data-label={label(COLUMNS.result, en)}>{c.pass ? <span class="pass"><Bi zh="✓ 通过" en="✓ pass" /></span> : <span class="fail"><Bi zh="✗ 未通过" en="✗ fail" /></span>}</td>
                    <td class="code" data-label={label(COLUMNS.lines, en)}>{c.lines.join(", ")}</td>
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
