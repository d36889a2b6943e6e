/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** GET /glossary: the words of the budget documents, each at its own anchor. */
import { Bi, En, Layout, PageTitle } from "../layout";
import { useLang } from "../lang";
import { TERMS } from "./terms";

export function GlossaryPage() {
  const en = useLang() === "en";
  return (
    <Layout
      title={en ? "Glossary · Budget disclosures" : "术语 · 预算公开数据"}
      description={en ? "The words of Chinese department budget disclosures, explained." : "部门预算公开文件中的术语及其解释。"}
    >
      <PageTitle zh="术语" en="Glossary" />
      <p class="lede">
        <Bi zh="部门预算公开文件中常见的术语。" en="The words of the budget disclosures, in plain terms." />
      </p>
      <nav aria-label={en ? "Terms" : "术语目录"}>
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
              <dfn>{t.zh}</dfn> <En>{t.en}</En>
              {t.aliases.length > 0 && <span class="muted"> （{en ? "also " : "也作"}{t.aliases.join("、")}）</span>}
            </dt>
            {en ? <dd lang="en">{t.explanation}</dd> : <dd>{t.explanationZh}</dd>}
          </div>
        ))}
      </dl>
    </Layout>
  );
}
