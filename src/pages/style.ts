/**
 * The one stylesheet, inlined in every page so a saved page stays whole. The CSP allows
 * it by its SHA-256 hash (no 'unsafe-inline'); pages never use style attributes.
 */

export const CSS = `
:root{--fg:#1b1b1b;--muted:#4a4f55;--link:#0a58a8;--line:#d0d7de;--panel:#f4f6f9;--ok:#136f2d;--bad:#a4161a;--basic:#1d4e89;--project:#a65300;--section:#5b82b5;--bar:#2f6db3}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:var(--fg);background:#fff;font:16px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
a{color:var(--link)}
a:focus-visible,summary:focus-visible,.scroll:focus-visible,pre:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:1}
header.site,footer.site{background:var(--panel);border-bottom:1px solid var(--line)}
footer.site{border-top:1px solid var(--line);border-bottom:0;margin-top:3rem;color:var(--muted);font-size:.875rem}
.wrap{max-width:960px;margin:0 auto;padding:0 16px}
header.site .wrap{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;align-items:center;padding-top:.6rem;padding-bottom:.6rem}
header.site .brand{font-weight:700;color:var(--fg);text-decoration:none}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
main{display:block}
h1{font-size:1.6rem;line-height:1.3;margin:1.5rem 0 .5rem}
h2{font-size:1.3rem;line-height:1.35;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:1px solid var(--line)}
h3{font-size:1.08rem;margin:1.5rem 0 .5rem}
.en{color:var(--muted);font-weight:400}
h1 .en,h2 .en,h3 .en{font-size:.8em}
h1 .en{display:block;font-size:.62em;margin-top:.25rem}
.lede{font-size:1.05rem;margin:.25rem 0 1rem}
.muted,.note{color:var(--muted)}
.note{font-size:.9rem}
.crumbs{font-size:.9rem;margin-top:1rem}
.crumbs ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem}
.crumbs li+li::before{content:"›";margin-right:.25rem;color:var(--muted)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px;margin:1rem 0;padding:0;list-style:none}
.card{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem}
.card .k{display:block;font-size:.9rem;color:var(--muted)}
.card .v{display:block;font-size:1.5rem;font-weight:700;font-variant-numeric:tabular-nums;line-height:1.3}
.card .u{font-size:.9rem;font-weight:400;color:var(--muted)}
.card .s{display:block;font-size:.85rem;color:var(--muted)}
.card.big .v{font-size:2rem}
dl.facts{display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:.35rem 1rem;margin:1rem 0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;min-width:0;overflow-wrap:anywhere}
@media (max-width:600px){dl.facts{grid-template-columns:1fr;gap:0}dl.facts dd{margin-bottom:.5rem}}
th.code{white-space:nowrap}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.75rem 0;max-width:100%}
table{border-collapse:collapse;font-size:.92rem;min-width:100%}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}
thead th{background:var(--panel);white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.85rem;white-space:nowrap}
tbody th{font-weight:400}
tr.sum td,tr.sum th{font-weight:700}
@media (min-width:601px){td.dl{white-space:nowrap}}
@media (max-width:600px){.opt{display:none}thead th,thead th.num{white-space:normal}}
.cols{display:grid;grid-template-columns:1fr;gap:0 24px}
@media (min-width:720px){.cols{grid-template-columns:1fr 1fr}}
.pass{color:var(--ok);font-weight:700}
.fail{color:var(--bad);font-weight:700}
.status{display:inline-block;border-radius:4px;padding:.1rem .5rem;font-weight:700}
.status.pass{background:#e3f4e8}
.status.fail{background:#fbe5e6}
a.btn{display:inline-block;border:1px solid var(--link);border-radius:4px;padding:.15rem .5rem;margin:.1rem .25rem .1rem 0;text-decoration:none;white-space:nowrap;font-size:.88rem}
a.btn:hover{background:#e8f0fa}
a.btn.primary{background:var(--link);color:#fff}
details{margin:.75rem 0}
summary{cursor:pointer;font-weight:600}
pre{background:#f6f8fa;border:1px solid var(--line);border-radius:6px;padding:.75rem;overflow-x:auto;font-size:.85rem;line-height:1.5;user-select:all}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Noto Sans Mono CJK SC",monospace}
.hash{overflow-wrap:anywhere;font-size:.85rem}
.chart{margin:1rem 0}
.chart svg[role=img]{display:block;width:100%}
.legend svg{display:inline-block}
.chart .narrow,.chart .mid{display:none}
@media (max-width:600px){.chart .wide{display:none}.chart .narrow{display:inline}}
@media (min-width:601px) and (max-width:799px){.chart .wide{display:none}.chart .mid{display:inline}}
.chart text{font-size:14px;fill:var(--fg)}
.chart .bar-class>text:first-of-type{font-weight:600}
.chart text.val{font-variant-numeric:tabular-nums}
.chart text.sub{font-size:13px;fill:var(--muted)}
.chart .bar-basic{fill:var(--basic)}
.chart .bar-project{fill:var(--project)}
.chart .bar-section{fill:var(--section)}
.chart .bar-project-amount{fill:var(--bar)}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem;list-style:none;padding:0;margin:.25rem 0}
.legend svg{vertical-align:-2px;margin-right:.35rem}
.text p{margin:.4rem 0}
.pill{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:0 .5rem;font-size:.85rem;color:var(--muted)}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
#rows thead th a{text-decoration:none}
#rows thead th[aria-sort] a{font-weight:700}
#rows td,#rows th{white-space:nowrap}
#rows td.long{max-width:20rem;overflow:hidden;text-overflow:ellipsis}
#rows th.label{max-width:16rem;overflow:hidden;text-overflow:ellipsis;position:sticky;left:0;background:#fff;z-index:1;text-align:left}
#rows thead th.label{background:var(--panel)}
@media (max-width:600px){#rows th.label{max-width:8.5rem}}
#rows td.more summary{cursor:pointer;color:var(--link)}
#rows td.more details:not([open]),#rows td.more details:not([open])>summary{display:inline}
#rows td.more details[open]{white-space:normal;width:28rem;max-width:80vw}
dl.folded{margin:.25rem 0}
dl.folded dt{font-weight:700;margin-top:.4rem}
dl.folded dd{margin:0;overflow-wrap:anywhere}
.fields-box{margin:.75rem 0}
.fields-box fieldset{border:1px solid var(--line);border-radius:6px;display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:.5rem .75rem}
.fields-box label{white-space:nowrap}
.download-all{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;margin:1rem 0;background:var(--panel)}
.download-all p{margin:.25rem 0}
a.lang{font-weight:700}
button.link{background:none;border:0;padding:0;margin:0;color:var(--link);text-decoration:underline;cursor:pointer;font:inherit;text-align:inherit}
.desc{display:block;font-size:.85rem}
.chips ul,.facet ul,.pager{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem .5rem}
.chips{display:flex;flex-wrap:wrap;align-items:center;gap:.35rem .5rem;margin:.75rem 0}
a.chip{display:inline-block;border:1px solid var(--link);border-radius:999px;padding:0 .6rem;text-decoration:none;background:#e8f0fa;overflow-wrap:anywhere}
.facets{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.5rem 1.5rem}
.facets-box{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;background:var(--panel)}
.facet h2{font-size:1rem;border:0;margin:.6rem 0 .2rem;padding:0}
.facet ul{display:block}
.facet li{overflow-wrap:anywhere}
.facet a.on{font-weight:700}
.facet .count{color:var(--muted);font-variant-numeric:tabular-nums}
@media (max-width:600px){.facet ul{display:flex;flex-wrap:wrap;gap:.1rem 1rem}}
.pager{gap:.5rem 1.5rem;margin:.5rem 0}
form.search{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .5rem;margin-left:auto}
form.search label{font-size:.9rem}
form.search input{font:inherit;font-size:.95rem;padding:.2rem .45rem;border:1px solid #767676;border-radius:4px;width:14rem;max-width:100%;min-width:0}
form.search button{font:inherit;font-size:.9rem;padding:.2rem .6rem;border:1px solid var(--link);border-radius:4px;background:var(--link);color:#fff;cursor:pointer}
form.search input:focus-visible,form.search button:focus-visible{outline:3px solid #f2a900;outline-offset:1px}
@media (max-width:600px){form.search{margin-left:0;width:100%}form.search input{flex:1}}
mark{background:#fff0a0;color:inherit;padding:0 .05em}
a.term{color:inherit;text-decoration:underline dotted;text-underline-offset:.2em}
a.term:hover{color:var(--link)}
ol.hits{padding-left:1.5rem}
.hit-where{margin:.1rem 0;font-size:.9em}
li.hit{margin:.6rem 0}
li.hit .hit-title{font-weight:600;overflow-wrap:anywhere}
ul.matches{margin:.15rem 0;padding-left:1rem;font-size:.92rem;overflow-wrap:anywhere}
.hit-links{margin:.1rem 0;font-size:.88rem}
ul.toc{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
dl.glossary .gterm{margin:1.25rem 0;scroll-margin-top:1rem}
dl.glossary dt{font-weight:700}
dl.glossary dfn{font-style:normal}
dl.glossary dd{margin:.25rem 0 0}
dl.glossary .gterm:target{background:#fff8d6;outline:2px solid #f2a900}
.yoy{font-size:1.05rem}
.yoy strong{font-variant-numeric:tabular-nums}
table.checks{table-layout:fixed;width:100%}
table.checks col.c-num{width:7.5rem}
table.checks col.c-result{width:6.5rem}
table.checks col.c-lines{width:8rem}
table.checks th,table.checks td{overflow-wrap:anywhere}
table.checks thead th{white-space:normal}
table.checks td.code{white-space:normal}
@media (max-width:600px){
table.checks,table.checks tbody,table.checks tr,table.checks th,table.checks td{display:block;width:auto}
table.checks thead,table.checks colgroup{display:none}
table.checks tr{border:1px solid var(--line);border-radius:6px;margin:.6rem 0;padding:.4rem .6rem}
table.checks th,table.checks td{border:0;padding:.15rem 0;text-align:left}
table.checks td[data-label]::before{content:attr(data-label) "：";color:var(--muted);margin-right:.25rem}
}
table.source{table-layout:fixed;width:100%;font-size:.9rem}
table.source thead th:nth-child(1){width:3.5rem}
table.source thead th:nth-child(2){width:6rem}
table.source thead th:nth-child(4){width:11rem}
table.source td{vertical-align:top;padding:.1rem .4rem}
table.source td:nth-child(3){overflow-wrap:anywhere;white-space:pre-wrap;unicode-bidi:plaintext}
table.source tr.section th{unicode-bidi:plaintext}
table.source td:nth-child(1){text-align:right;font-variant-numeric:tabular-nums}
table.source tr.section th{text-align:left;padding-top:1rem;background:#f4f6f8}
table.source .fix{color:var(--muted);font-size:.85em}
table.source tr.blank td{padding:0 .4rem;line-height:1.1;font-size:.75rem}
table.source tr:target{background:#fff3b0;outline:2px solid #f2a900}
@media (max-width:600px){table.source{table-layout:auto}table.source thead th:nth-child(4),table.source td:nth-child(4){display:none}table.source thead th:nth-child(2){width:3.5rem}table.source thead th:nth-child(1){width:2.5rem}}
@media (min-width:720px){h1{font-size:2rem}}
@media print{header.site,footer.site,.skip{display:none}}
`.trim();

let digest: Promise<string> | undefined;

/** `'sha256-…'` of CSS, the CSP source that allows exactly this stylesheet. */
export function styleHashSource(): Promise<string> {
  digest ??= crypto.subtle.digest("SHA-256", new TextEncoder().encode(CSS)).then((buf) => {
    let bin = "";
    for (const b of new Uint8Array(buf)) bin += String.fromCharCode(b);
    return `'sha256-${btoa(bin)}'`;
  });
  return digest;
}
