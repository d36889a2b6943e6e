/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** A table's download buttons, in the order people should reach for them: XLSX, CSV for Excel, plain CSV, JSON. */
import type { downloads } from "./paths";

export function DownloadButtons({ links }: { links: ReturnType<typeof downloads> }) {
  return (
    <>
      <a class="btn primary" href={links.xlsx} download>
        XLSX
      </a>
      <a class="btn" href={links.excel} download>
        CSV (Excel)
      </a>
      <a class="btn" href={links.csv} download>
        CSV
      </a>
      <a class="btn" href={links.json}>
        JSON
      </a>
    </>
  );
}
