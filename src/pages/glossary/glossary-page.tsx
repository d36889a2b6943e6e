/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** GET /glossary: the words of the budget documents, each at its own anchor. */
import { Bi, Layout, PageTitle } from "../layout";
import { TERMS } from "./terms";

export function GlossaryPage() {
  return (
    <Layout title="术语 Glossary · 预算公开数据" description="部门预算公开文件中的术语及其解释。The words of Chinese department budget disclosures, explained.">
      <PageTitle zh="术语" en="Glossary" />
      <p class="lede">
        <Bi zh="部门预算公开文件中常见的术语。" en="The words of the budget disclosures, in plain terms." />
      </p>
      <nav aria-label="术语目录 Terms">
        <ul class="toc">
          {TERMS.map((t) => (
            <li>
              <a href={`#${t.id}`}>{t.zh}</a>
            </li>
          ))}
        </ul>
      </nav>
      <dl class="glossary">
        {TERMS.map((t) => (
          <div id={t.id} class="gterm">
            <dt>
              <dfn>{t.zh}</dfn> <span lang="en" class="en">{t.en}</span>
              {t.aliases.length > 0 && <span class="muted"> （{t.aliases.join("、")}）</span>}
            </dt>
            <dd lang="en">{t.explanation}</dd>
          </div>
        ))}
      </dl>
    </Layout>
  );
}
