/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** Every table of the dataset with its row count and three downloads; each name opens the table's page, JSON beside it. */
import type { TableMeta } from "../../data/store";
import { Bi, En } from "../layout";
import { apiPaths, downloads, pagePaths } from "../paths";
import { DownloadAll } from "../download-all";
import { DownloadButtons } from "../download-buttons";
import { TABLE_DESCRIPTIONS_ZH, tableNoteZh } from "../../schema/descriptions-zh";
import { useLang } from "../lang";

export function TablesSection({ dataset, tables }: { dataset: string; tables: readonly TableMeta[] }) {
  const en = useLang() === "en";
  return (
    <section aria-labelledby="tables">
      <h2 id="tables">
        <Bi zh="数据表与下载" en="Tables and downloads" />
      </h2>
      <p>
        <Bi
          zh="每张表都可以单独下载。“CSV（Excel 用）”是中文表头、编码保留前导零的 CSV，供只能导入 CSV 的软件使用；JSON 供网站和程序调用，每页 100 行。"
          en="Each table downloads on its own too. “CSV (for Excel)” has Chinese headers and keeps codes as text, for software that only imports CSV; JSON is for websites and programs, 100 rows a page."
        />
      </p>
      <DownloadAll dataset={dataset} id="download-all-tables" />
      <div class="scroll" role="region" aria-label={en ? "Tables" : "数据表"} tabindex={0}>
        <table id="table-list">
          <thead>
            <tr>
              <th scope="col"><Bi zh="表" en="Table" /></th>
              <th scope="col" class="num"><Bi zh="行数" en="Rows" /></th>
              <th scope="col"><Bi zh="下载" en="Download" /></th>
            </tr>
          </thead>
          <tbody>
            {tables.map((t) => {
              const d = downloads(dataset, t.id);
              return (
                <tr data-table={t.id}>
                  <th scope="row">
                    <a href={pagePaths.table(dataset, t.id)}>{t.title_zh}</a>
                    <br />
                    <En>{t.title_en}</En>
                    <span class="muted desc">{en ? t.description : TABLE_DESCRIPTIONS_ZH[t.id] ?? ""}</span>{" "}
                    <code class="muted">{t.id}</code> · <a href={apiPaths.table(dataset, t.id)}>JSON</a>
                    {t.row_count === 0 && t.note && (en ? t.note !== t.description : tableNoteZh(t.id, t.note) !== TABLE_DESCRIPTIONS_ZH[t.id]) && (
                      <div class="note">{en ? t.note : tableNoteZh(t.id, t.note)}</div>
                    )}
                  </th>
                  <td class="num">{t.row_count.toLocaleString("en-US")}</td>
                  <td class="dl">
                    <DownloadButtons links={d} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
