/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** What the dataset is and where it came from: department, year, unit, source document and its hash, version. */
import type { DatasetHead } from "../../data/store";
import { Bi, En } from "../layout";
import { DATASET_KINDS, kindLabel } from "../labels";
import { apiPaths, pagePaths } from "../paths";
import { safeHttpUrl } from "../text";

export function SourceSection({ meta }: { meta: DatasetHead }) {
  const kind = kindLabel(DATASET_KINDS, meta.kind);
  const url = safeHttpUrl(meta.source.url);
  return (
    <section aria-labelledby="source">
      <h2 id="source">
        <Bi zh="数据说明与来源" en="About the data and its source" />
      </h2>
      <dl class="facts">
        <dt>
          <Bi zh="部门" en="Department" />
        </dt>
        <dd>{meta.department}</dd>
        <dt>
          <Bi zh="年度" en="Year" />
        </dt>
        <dd>{meta.year}</dd>
        <dt>
          <Bi zh="类型" en="Kind" />
        </dt>
        <dd>
          {kind.zh} <En>{kind.en}</En>
        </dd>
        <dt>
          <Bi zh="金额单位" en="Unit" />
        </dt>
        <dd>
          {meta.unit.label}（{meta.unit.factor.toLocaleString("en-US")} {meta.unit.currency}） <En>amounts as printed, at most two decimals; a blank cell is null, never 0</En>
        </dd>
        <dt>
          <Bi zh="发布者" en="Publisher" />
        </dt>
        <dd>{meta.publisher}</dd>
        <dt>
          <Bi zh="许可" en="Licence" />
        </dt>
        <dd>{meta.licence ?? <Bi zh="原文未声明" en="not stated in the source" />}</dd>
        <dt>
          <Bi zh="来源文件" en="Source document" />
        </dt>
        <dd>
          <code>{meta.source.file}</code>（{meta.source.lines.toLocaleString("en-US")} 行 <En>lines</En>，{meta.source.bytes.toLocaleString("en-US")} 字节 <En>bytes</En>）
          {" "}
          <a href={pagePaths.source(meta.id)}>
            <Bi zh="逐行看原文" en="line by line" />
          </a>
          {url && (
            <>
              {" "}
              <a href={url} rel="noreferrer">
                <Bi zh="原始文件" en="original" />
              </a>
            </>
          )}
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code class="hash" id="source-sha256">
            {meta.source.sha256}
          </code>
        </dd>
        <dt>
          <Bi zh="数据版本" en="Version" />
        </dt>
        <dd>
          <code>{meta.version}</code> <En>content hash: changes whenever any published byte would</En>
        </dd>
        <dt>
          <Bi zh="元数据" en="Metadata" />
        </dt>
        <dd>
          <a href={apiPaths.dataset(meta.id)}>{apiPaths.dataset(meta.id)}</a>
        </dd>
      </dl>
      <p class="note">
        <Bi
          zh="每一行都带有来源文件与行号（source_file、source_line），可追溯到原文。"
          en="Every row carries source_file and source_line, the line of the source document it was read from."
        />
      </p>
    </section>
  );
}
