/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** Reconciliation status, the corrections applied to the source with their reasons, and the build's notes. */
import type { AppliedCorrection, Check, DatasetMeta } from "../../schema/dataset";
import { Bi, En } from "../layout";
import { CHECK_KINDS, CORRECTION_KINDS, CORRECTION_SOURCES, kindLabel } from "../labels";
import { apiPaths, pagePaths } from "../paths";

/** `a | b`, with a blank cell shown as ∅ so a deletion is visible. */
function cells(values: readonly (string | null)[] | null): string {
  if (values === null) return "（整行删除）line dropped";
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
            ✓ {checks.length} 项核对，全部通过 <span lang="en">{checks.length} checks, all pass</span>
          </span>
        ) : (
          <span class="status fail">
            ✗ {checks.length} 项核对，{failed} 项未通过 <span lang="en">{checks.length} checks, {failed} fail</span>
          </span>
        )}
      </p>
      <ul>
        {countBy(checks, (c) => c.kind).map(([kind, n]) => {
          const k = kindLabel(CHECK_KINDS, kind);
          return (
            <li>
              {k.zh} <En>{k.en}</En>: {n}
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
  return (
    <div class="scroll" role="region" aria-label="更正 Corrections" tabindex={0}>
      <table id="corrections">
        <thead>
          <tr>
            <th scope="col">位置 <span lang="en">File:line</span></th>
            <th scope="col">来源 <span lang="en">By</span></th>
            <th scope="col">类型 <span lang="en">Kind</span></th>
            <th scope="col">原文 → 发布 <span lang="en">Printed → published</span></th>
            <th scope="col">原因 <span lang="en">Reason</span></th>
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
                <td>
                  {by.zh} <En>{by.en}</En>
                </td>
                <td>
                  {k.zh} <En>{k.en}</En>
                </td>
                <td>
                  {/* The printed side of a masked mobile number is withheld by the build itself. */}
                  <code>{cells(c.printed)}</code> → <code>{cells(c.published)}</code>
                </td>
                <td lang="en">{c.reason}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function QualitySection({ meta, checks, notes }: { meta: DatasetMeta; checks: readonly Check[]; notes: readonly string[] }) {
  return (
    <section aria-labelledby="quality">
      <h2 id="quality">
        <Bi zh="核对与更正" en="Checks and corrections" />
      </h2>
      <p>
        <Bi
          zh="构建时核对文件中的每一个算术关系（行、列相加，跨表一致，科目汇总），全部通过才会发布。"
          en="The build checks every arithmetic identity of the document (rows and columns adding up, the same figure in two tables, classification roll-ups) and publishes only if all pass."
        />
      </p>
      <CheckStatus meta={meta} checks={checks} />
      <h3>
        <Bi zh={`对原文的更正（${meta.corrections.length} 处）`} en={`Corrections of the source (${meta.corrections.length})`} />
      </h3>
      <p>
        <Bi
          zh="原文有缺陷之处（标签错位、数值错列、识别错误等）按下列记录更正；个人手机号已遮盖。"
          en="Where the source is defective the fix is recorded here, with where, what was printed, what is published, and why; personal mobile numbers are masked."
        />
      </p>
      {meta.corrections.length > 0 && (
        <details id="corrections-details">
          <summary>
            {countBy(meta.corrections, (c) => c.kind)
              .map(([kind, n]) => `${kindLabel(CORRECTION_KINDS, kind).zh} ${n}`)
              .join("，")}{" "}
            <En>— show all</En>
          </summary>
          <CorrectionsTable corrections={meta.corrections} />
        </details>
      )}
      {notes.length > 0 && (
        <>
          <h3>
            <Bi zh={`构建说明（${notes.length} 条）`} en={`Build notes (${notes.length})`} />
          </h3>
          <details>
            <summary>
              <Bi zh="例如文中科目名称与官方名称的差异" en="e.g. classification names printed differently from the official list" />
            </summary>
            <ul lang="en">
              {notes.map((n) => (
                <li>{n}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
