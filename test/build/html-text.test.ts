import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../scripts/pipeline/html-text";
import type { Bundle } from "../../src/schema/bundle";
import { dataCopy, runBuild, seedsWithLine } from "./seed-fixtures";

describe("htmlToText: markup", () => {
  it("keeps a literal < and > that start no tag, also in a cell that holds tags", () => {
    expect(htmlToText("成本<100万元，满意度>90%")).toBe("成本<100万元，满意度>90%");
    expect(htmlToText("<p>成本<100万元，满意度>90%</p><p>其二</p>")).toBe("成本<100万元，满意度>90%\n其二");
    expect(htmlToText("<p>1 < 2 > 0</p>")).toBe("1 < 2 > 0");
  });

  it("keeps source text a browser would discard without it being markup", () => {
    expect(htmlToText("<p>上限<b")).toBe("上限<b");
    expect(htmlToText("<p>x</p")).toBe("x</p");
    expect(htmlToText("<ol><li>1<li>2</ol")).toBe("1\n2</ol");
    expect(htmlToText("<p>a</5>b<!x>c<?y>d</p>")).toBe("a</5>b<!x>c<?y>d");
  });

  it("removes tags, comments, doctypes, attributes (even with > inside) and script/style content", () => {
    expect(htmlToText('<!DOCTYPE html><p title="a>b">正文<!-- 注释 --></p><style>p{color:red}</style><script>x<y</script>完')).toBe("正文\n完");
    expect(htmlToText("前<span>中</span>后")).toBe("前中后");
  });

  it("starts a paragraph at block elements and <br>, joining nothing and keeping no empty one", () => {
    expect(htmlToText('<ol style="list-style-type: none"> 1. 深化。<li>第二</li><li>第三</ol>尾')).toBe("1. 深化。\n第二\n第三\n尾");
    expect(htmlToText("a<br>b<br/>c<div>d</div><h3>e</h3>\n\n<ul><li> f </li></ul>")).toBe("a\nb\nc\nd\ne\nf");
    expect(htmlToText("<p></p><p> \t </p>")).toBeNull();
  });
});

describe("htmlToText: entities and characters", () => {
  it("decodes named and numeric entities by the HTML rules", () => {
    expect(htmlToText("A &amp; B&nbsp;C &lt;p&gt; &quot;&apos; &notin; &#x1F600; &#20013;&#x6587; &amp")).toBe("A & B C <p> \"' ∉ 😀 中文 &");
    expect(htmlToText("&unknown; & x&# &#x;")).toBe("&unknown; & x&# &#x;");
    // The HTML rule for C1 references: &#x80; is the euro sign of windows-1252.
    expect(htmlToText("&#x80;")).toBe("€");
  });

  it("turns references to no character, NUL and surrogates into U+FFFD instead of crashing or publishing them", () => {
    expect(htmlToText("a&#1114112;b")).toBe("a\ufffdb");
    expect(htmlToText("a&#99999999999999999999;b")).toBe("a\ufffdb");
    expect(htmlToText("a&#0;b&#x0;c")).toBe("a\ufffdb\ufffdc");
    expect(htmlToText("a&#55296;b&#xDFFF;c")).toBe("a\ufffdb\ufffdc");
  });

  it("turns other control characters into U+FFFD, keeps tab as a space and CR/LF as paragraph breaks", () => {
    expect(htmlToText("a&#1;b&#x1B;c&#127;d")).toBe("a\ufffdb\ufffdc\ufffdd");
    expect(htmlToText("a\u0001b\u007fc\u0085d\u000be\u000cf")).toBe("a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf");
    expect(htmlToText("a&#9;b\tc&#13;d\re\r\nf&#10;g")).toBe("a b c\nd\ne\nf\ng");
  });

  it("never returns a control character other than newline, nor a lone surrogate, for any numeric reference", () => {
    const bad = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    const found: string[] = [];
    for (let n = 0; n <= 0x10ffff + 1; n += n < 0x10000 ? 1 : 0x3fff) {
      const text = htmlToText(`x&#${n};y`)!;
      if (bad.test(text)) found.push(`&#${n};`);
    }
    expect(found).toEqual([]);
  });

  it("leaves null and empty input as null", () => {
    expect(htmlToText(null)).toBeNull();
    expect(htmlToText("")).toBeNull();
    expect(htmlToText("   ")).toBeNull();
  });
});

describe("htmlToText in the build", () => {
  it("publishes a project text with a literal <, a reference past U+10FFFF and &#0; as exact plain text", () => {
    // Line 296 is 项目配套制度措施 (measures) of the first project sheet.
    const seeds = seedsWithLine(296, (l) => l.replace("<p>由相关业务科室", "<p>成本<100万元，满意度>90%&#1114112;&#0;</p><p>由相关业务科室"));
    const { out } = dataCopy();
    const r = runBuild(seeds, out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const measures = (JSON.parse(readFileSync(out, "utf8")) as Bundle).datasets[0]!.tables.projects![0]!.measures;
    expect(measures).toBe(
      "成本<100万元，满意度>90%\ufffd\ufffd\n由相关业务科室根据相应文件要求进行实施。\n一是制定了《济源市财政科技计划项目管理专业机构管理暂行规定》，规范第三方机构产生流程，公开征集第三方管理机构，引入竞争机制。二是建立了济源市科技专家库，原则上科技局评审鉴定从专家库中筛选专家。",
    );
  }, 60_000);
});
