/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** "下载全部数据": the whole dataset as one workbook and as a zip, and one sentence on which file to choose. */
import { Bi } from "./layout";
import { apiPaths } from "./paths";

export function DownloadAll({ dataset, id = "download-all" }: { dataset: string; id?: string }) {
  return (
    <div class="download-all" id={id}>
      <p class="dl">
        <strong>
          <Bi zh="下载全部数据" en="Download all data" />
        </strong>{" "}
        <a class="btn primary" href={apiPaths.workbook(dataset)} download data-download="xlsx-all">
          <Bi zh="Excel 工作簿（全部表）" en="Excel workbook (every table)" />
        </a>{" "}
        <a class="btn" href={apiPaths.zip(dataset)} download data-download="zip">
          <Bi zh="压缩包（CSV 等）" en="Zip (CSV and more)" />
        </a>
      </p>
      <p class="note">
        <Bi
          zh="用 Excel 或 WPS 打开，请选 XLSX；用程序（Python、R 等）读取，请选 CSV。"
          en="For Excel or WPS choose XLSX; for programs (Python, R …) choose CSV."
        />
      </p>
    </div>
  );
}
