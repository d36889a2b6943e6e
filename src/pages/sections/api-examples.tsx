/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** How to read the data from code: curl, pandas, R and JavaScript, with this dataset's URLs. */
import { Bi } from "../layout";
import { apiPaths, pagePaths } from "../paths";

function Example({ id, title, lang, code }: { id: string; title: string; lang: string; code: string }) {
  return (
    <>
      <h3 id={id} lang="en">
        {title}
      </h3>
      <pre tabindex={0}>
        <code class={`language-${lang}`} lang="en">
          {code}
        </code>
      </pre>
    </>
  );
}

export function ApiSection({ origin, dataset }: { origin: string; dataset: string }) {
  const base = origin + apiPaths.dataset(dataset);
  const curl = [
    `# 元数据 metadata: tables, source, corrections, checks summary`,
    `curl "${base}"`,
    `# 项目表，Excel 工作簿（中文表头）projects as an Excel workbook`,
    `curl -OJ "${base}/tables/projects.xlsx"`,
    `# 按类汇总（不重复计算）exact sums by class, each amount counted once`,
    `curl "${base}/aggregate?_group=class_code&_sort=-amount"`,
  ].join("\n");
  const pandas = [
    `import pandas as pd`,
    ``,
    `base = "${base}"`,
    `projects = pd.read_csv(f"{base}/tables/projects.csv", dtype={"id": str, "unit_code": str})`,
    `print(projects.sort_values("current_year_amount", ascending=False)[["id", "name", "current_year_amount"]].head())`,
  ].join("\n");
  const r = [
    `library(readr)`,
    ``,
    `base <- "${base}"`,
    `projects <- read_csv(paste0(base, "/tables/projects.csv"), col_types = cols(id = "c", unit_code = "c"))`,
    `head(projects[order(-projects$current_year_amount), c("id", "name", "current_year_amount")])`,
  ].join("\n");
  const js = [
    `const base = "${base}";`,
    `const res = await fetch(\`\${base}/tables/projects?_sort=-current_year_amount&_fields=id,name,current_year_amount&_size=5\`);`,
    `const { rows, total } = await res.json();`,
    `console.table(rows); // total: number of matching rows`,
  ].join("\n");
  return (
    <section aria-labelledby="api">
      <h2 id="api">
        <Bi zh="用代码访问" en="Use the API from code" />
      </h2>
      <p>
        <Bi zh="接口开放、无需密钥、支持跨域；完整说明见" en="Open, no key, CORS enabled; the full reference is at" />{" "}
        <a href={pagePaths.docs}>/docs</a> (<a href={pagePaths.openapi}>OpenAPI</a>) · <a href={pagePaths.api}>/v1</a>
      </p>
      <Example id="api-curl" title="curl" lang="sh" code={curl} />
      <Example id="api-pandas" title="Python (pandas)" lang="python" code={pandas} />
      <Example id="api-r" title="R (readr)" lang="r" code={r} />
      <Example id="api-js" title="JavaScript (fetch)" lang="js" code={js} />
    </section>
  );
}
