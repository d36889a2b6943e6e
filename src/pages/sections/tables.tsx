/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** Every table of the dataset with its row count and three downloads; each name opens the table's page, JSON beside it. */
import type { TableMeta } from "../../data/store";
import { Bi } from "../layout";
import { apiPaths, downloads, pagePaths } from "../paths";
import { DownloadButtons } from "../download-buttons";

export function TablesSection({ dataset, tables }: { dataset: string; tables: readonly TableMeta[] }) {
  return (
    <section aria-labelledby="tables">
      <h2 id="tables">
        <Bi zh="数据表与下载" en="Tables and downloads" />
      </h2>
      <p>
        <Bi
          zh="“CSV (Excel)”带中文表头和 BOM，编码保留前导零，可直接用 Excel 打开；“CSV”为程序用的纯 CSV；JSON 每页 100 行，按 next 翻页。"
          en="“CSV (Excel)” has Chinese headers and a BOM and keeps codes as text, for Excel; “CSV” is plain, for programs; JSON comes in pages of 100 rows (follow next)."
        />
      </p>
      <div class="scroll" role="region" aria-label="数据表 Tables" tabindex={0}>
        <table id="table-list">
          <thead>
            <tr>
              <th scope="col">表 <span lang="en">Table</span></th>
              <th scope="col" class="num">行数 <span lang="en">Rows</span></th>
              <th scope="col">下载 <span lang="en">Download</span></th>
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
                    <span lang="en" class="en">
                      {t.title_en}
                    </span>{" "}
                    <code class="muted">{t.id}</code> · <a href={apiPaths.table(dataset, t.id)}>JSON</a>
                    {t.row_count === 0 && t.note && <div class="note">{t.note}</div>}
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
