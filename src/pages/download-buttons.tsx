/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** A table's download buttons, in the order people should reach for them: XLSX, CSV for Excel, plain CSV, JSON. */
import { Bi } from "./layout";
import type { downloads } from "./paths";

export function DownloadButtons({ links }: { links: ReturnType<typeof downloads> }) {
  return (
    <>
      <a class="btn primary" href={links.xlsx} download data-download="xlsx">
        XLSX
      </a>
      <a class="btn" href={links.excel} download data-download="excel-csv">
        <Bi zh="CSV（Excel 用）" en="CSV (for Excel)" />
      </a>
      <a class="btn" href={links.csv} download data-download="csv">
        <Bi zh="CSV（程序用）" en="CSV (for programs)" />
      </a>
      <a class="btn" href={links.json} data-download="json">
        JSON
      </a>
    </>
  );
}
