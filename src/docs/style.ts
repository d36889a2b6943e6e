/**
 * The stylesheet of /docs, inlined so the page is one self-contained file; the CSP allows
 * exactly this text by its SHA-256 hash.
 */

export const DOCS_CSS = `
:root{--fg:#1b1b1b;--muted:#4a4f55;--link:#0a58a8;--line:#d0d7de;--panel:#f4f6f9;--code:#f6f8fa}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:var(--fg);background:#fff;font:16px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
a{color:var(--link)}
a:focus-visible,summary:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.wrap{max-width:960px;margin:0 auto;padding:0 16px}
header.top{background:var(--panel);border-bottom:1px solid var(--line);padding:1rem 0}
h1{font-size:1.6rem;line-height:1.3;margin:.5rem 0}
h2{font-size:1.3rem;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:1px solid var(--line)}
h3{font-size:1.08rem;margin:2rem 0 .5rem;overflow-wrap:anywhere}
h3 .method{display:inline-block;background:#136f2d;color:#fff;border-radius:4px;padding:0 .4rem;margin-right:.4rem;font-size:.85rem;vertical-align:middle}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace;font-size:.875rem}
code{background:var(--code);padding:0 .2rem;border-radius:3px}
h3 code,li code,p code{overflow-wrap:anywhere}
pre{background:var(--code);border:1px solid var(--line);border-radius:6px;padding:.6rem .75rem;overflow-x:auto;white-space:pre;max-width:100%}
pre.curl code{user-select:all;-webkit-user-select:all;background:none;padding:0}
pre.body{max-height:28rem;overflow:auto}
.table{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:var(--panel)}
td p{margin:0 0 .3rem}
.muted{color:var(--muted);font-size:.9rem}
details{margin:.5rem 0}
summary{cursor:pointer;font-weight:600}
nav ul{padding-left:1.2rem}
@media (max-width:600px){body{font-size:15px}h1{font-size:1.35rem}th,td{padding:.3rem}
table.stack thead{display:none}
table.stack tr{display:block;border-bottom:1px solid var(--line);padding:.4rem 0}
table.stack td{display:block;border:0;padding:.1rem .3rem}
table.stack td:first-child{font-weight:600}}
`.trim();

let hashSource: Promise<string> | undefined;

/** `'sha256-…'` of DOCS_CSS, for style-src. */
export function docsStyleHash(): Promise<string> {
  hashSource ??= crypto.subtle.digest("SHA-256", new TextEncoder().encode(DOCS_CSS)).then((d) => {
    const bytes = new Uint8Array(d);
    let bin = "";
    for (const b of bytes) bin += String.fromCharCode(b);
    return `'sha256-${btoa(bin)}'`;
  });
  return hashSource;
}
