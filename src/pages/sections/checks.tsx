/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** Reconciliation status, the corrections applied to the source with their reasons, and the build's notes. */
import type { AppliedCorrection, Check, DatasetMeta } from "../../schema/dataset";
import { Bi } from "../layout";
import { useLang } from "../lang";
import { CHECK_KINDS, CORRECTION_KINDS, CORRECTION_SOURCES, kindLabel } from "../labels";
import { apiPaths, pagePaths } from "../paths";

/** `a | b`, with a blank cell shown as ∅ so a deletion is visible. */
function cells(values: readonly (string | null)[] | null, en: boolean): string {
  if (values === null) return en ? "line dropped" : "（整行删除）";
  return values.map((v) => (v === null ? "null" : v === "" ? "∅" : v)).join(" | ");
}

function countBy<T>(items: readonly T[], key: (t: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts];
}

/** "N checks, all pass" (or how many fail), by kind, with a link to every check (but not on the page that lists them). */
export function CheckStatus({ meta, checks, onChecksPage = false }: { meta: DatasetMeta; checks: readonly Check[]; onChecksPage?: boolean }) {
  const failed = checks.filter((c) => !c.pass).length;
  return (
    <>
      <p id="check-status">
        {failed === 0 ? (
          <span class="status pass">
            ✓ <Bi zh={`${checks.length} 项核对，全部通过`} en={`${checks.length} checks, all pass`} />
          </span>
        ) : (
          <span class="status fail">
            ✗ <Bi zh={`${checks.length} 项核对，${failed} 项未通过`} en={`${checks.length} checks, ${failed} fail`} />
          </span>
        )}
      </p>
      <ul>
        {countBy(checks, (c) => c.kind).map(([kind, n]) => {
          const k = kindLabel(CHECK_KINDS, kind);
          return (
            <li>
              <Bi zh={`${k.zh}：${n} 项`} en={`${k.en}: ${n}`} />
            </li>
          );
        })}
      </ul>
      <p>
        {!onChecksPage && (
          <>
            <a href={pagePaths.checks(meta.id)}>
              <Bi zh="查看每一项核对" en="See every check" />
            </a>{" "}
            ·{" "}
          </>
        )}
        <a href={apiPaths.checks(meta.id)}>
          <Bi zh="全部核对（JSON）" en="every check as JSON" />
        </a>
      </p>
    </>
  );
}

export function CorrectionsTable({ corrections }: { corrections: readonly AppliedCorrection[] }) {
  const en = useLang() === "en";
  return (
    <div class="scroll" role="region" aria-label={en ? "Corrections" : "更正"} tabindex={0}>
      <table id="corrections">
        <thead>
          <tr>
            <th scope="col"><Bi zh="位置" en="File:line" /></th>
            <th scope="col"><Bi zh="来源" en="By" /></th>
            <th scope="col"><Bi zh="类型" en="Kind" /></th>
            <th scope="col"><Bi zh="原文 → 发布" en="Printed → published" /></th>
            <th scope="col"><Bi zh="原因" en="Reason" /></th>
          </tr>
        </thead>
        <tbody>
          {corrections.map((c) => {
            const k = kindLabel(CORRECTION_KINDS, c.kind);
            const by = kindLabel(CORRECTION_SOURCES, c.source);
            return (
              <tr>
                <th scope="row" class="code">
                  {c.file}:{c.line}
                </th>
                <td>{en ? by.en : by.zh}</td>
                <td>{en ? k.en : k.zh}</td>
                <td>
                  {/* The printed side of a masked mobile number is withheld by the build itself. */}
                  <code>{cells(c.printed, en)}</code> → <code>{cells(c.published, en)}</code>
                </td>
                {en || !c.reason_zh ? <td lang="en">{c.reason}</td> : <td>{c.reason_zh}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A build note in Chinese, for the kinds of note the build writes (null for another). */
export function noteZh(note: string): string | null {
  const m = /^(\S+?): code (\d+) is printed as "(.*)", the official name is "(.*)"$/.exec(note);
  return m ? `${m[1]}：科目 ${m[2]} 文中印作“${m[3]}”，正式名称为“${m[4]}”` : null;
}

export function QualitySection({ meta, checks, notes }: { meta: DatasetMeta; checks: readonly Check[]; notes: readonly string[] }) {
  const en = useLang() === "en";
  return (
    <section aria-labelledby="quality">
      <h2 id="quality">
        <Bi zh="核对与更正" en="Checks and corrections" />
      </h2>
      <p>
        <Bi
          zh="发布前，逐一核对原表中每一处应当相等的数字（各行、各栏相加等于合计，同一数字在不同表中一致，科目逐级汇总），全部相符才发布。"
          en="The build checks every arithmetic identity of the document (rows and columns adding up, the same figure in two tables, classification roll-ups) and publishes only if all pass."
        />
      </p>
      <CheckStatus meta={meta} checks={checks} />
      <h3>
        <Bi zh={`对原文的更正（${meta.corrections.length} 处）`} en={`Corrections of the source (${meta.corrections.length})`} />
      </h3>
      <p>
        <Bi
          zh="原文有错漏之处（名称印错了行、数字错栏、文字识别错误等），按下列记录更正，每一处都写明位置、原文、发布的内容和理由；个人手机号已部分遮盖。"
          en="Where the source is defective the fix is recorded here, with where, what was printed, what is published, and why; personal mobile numbers are masked."
        />
      </p>
      {meta.corrections.length > 0 && (
        <details id="corrections-details">
          <summary>
            {countBy(meta.corrections, (c) => c.kind)
              .map(([kind, n]) => `${en ? kindLabel(CORRECTION_KINDS, kind).en : kindLabel(CORRECTION_KINDS, kind).zh} ${n}`)
              .join("，")}
            <Bi zh="（展开全部）" en=" — show all" />
          </summary>
          <CorrectionsTable corrections={meta.corrections} />
        </details>
      )}
      {notes.length > 0 && (
        <>
          <h3>
            <Bi zh={`整理说明（${notes.length} 条）`} en={`Build notes (${notes.length})`} />
          </h3>
          <details>
            <summary>
              <Bi zh="例如文中科目名称与正式名称不同之处" en="e.g. classification names printed differently from the official list" />
            </summary>
            <ul>
              {notes.map((n) => {
                const zh = en ? null : noteZh(n);
                return zh ? <li>{zh}</li> : <li lang="en">{n}</li>;
              })}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
