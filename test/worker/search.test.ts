/** Search across datasets: Chinese substrings, several terms, scope, paging. */
import { describe, expect, it } from "vitest";
import { getJson, get } from "./helpers";

const q = (text: string, extra = "") => `/v1/search?q=${encodeURIComponent(text)}${extra}`;

describe("search", () => {
  it("finds projects, indicators and budget lines by Chinese text", async () => {
    const { res, body } = await getJson(q("企业家培训", "&_size=100"));
    expect(res.status).toBe(200);
    const found = body.hits.map((h: any) => `${h.table}/${h.id}`);
    expect(found).toContain("projects/p09");
    // One hit per thing meant: the project's indicators and sheet amounts hold its name and nothing else found, and are not hits of their own.
    expect(found).toEqual(["projects/p09"]);
    const p09 = body.hits.find((h: any) => h.id === "p09");
    expect(p09.title).toBe("全市性培训专项-企业家培训经费");
    expect(p09.url).toBe("http://api.test/v1/datasets/2021-0a69ee67/tables/projects/rows/p09");
    expect(p09.matches[0]).toEqual({ column: "name", label: "项目名称", snippet: "全市性培训专项-企业家培训经费" });
    expect(body.total).toBe(body.hits.length);
  });

  it("finds indicators", async () => {
    const { body } = await getJson(q("企业满意率", "&table=project-indicators"));
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits.every((h: any) => h.table === "project-indicators" && h.row.level3.includes("企业满意率"))).toBe(true);
    expect(body.hits[0]).toMatchObject({ id: "p01-24", title: "企业满意率" });
  });

  it("needs every term, in any column", async () => {
    const one = (await getJson(q("培训"))).body.total;
    const both = (await getJson(q("培训 企业家"))).body;
    expect(both.terms).toEqual(["培训", "企业家"]);
    expect(both.total).toBeGreaterThan(0);
    expect(both.total).toBeLessThan(one);
    expect((await getJson(q("培训\u3000企业家"))).body.total).toBe(both.total); // the ideographic space separates too
  });

  it("ranks the words as typed first, then every word in one field, then the row, and says which", async () => {
    const { body } = await getJson(q("培训 企业家", "&_size=100"));
    expect(body.total).toBe(7);
    expect(body.hits.slice(0, 2).map((h: any) => [h.table, h.id, h.match])).toEqual([
      ["project-indicators", "p09-15", "phrase"],
      ["projects", "p09", "field"],
    ]);
    const order = ["phrase", "field", "row"];
    const kinds = body.hits.map((h: any) => order.indexOf(h.match));
    expect([...kinds].sort((a, b) => a - b)).toEqual(kinds);
    // A project's name (its title) ranks before an indicator that only names the project.
    const one = (await getJson(q("企业家培训"))).body;
    expect(one.hits[0]).toMatchObject({ table: "projects", id: "p09", match: "phrase", title: "全市性培训专项-企业家培训经费" });
    expect(one.total).toBe(1);
  });

  it("treats the query as text, never as a pattern", async () => {
    expect((await getJson(q(".*"))).body.total).toBe(0);
    expect((await getJson(q("[0-9]+"))).body.total).toBe(0);
    expect((await getJson(q("豫财科[2020]90号"))).body.hits[0].id).toBe("p15"); // brackets are just text
  });

  it("pages with a cursor", async () => {
    const all = (await getJson(q("培训", "&_size=100"))).body.hits.map((h: any) => h.url);
    const paged: string[] = [];
    let url: string | null = q("培训", "&_size=10");
    while (url) {
      const { body }: { body: any } = await getJson(url);
      paged.push(...body.hits.map((h: any) => h.url));
      url = body.next;
    }
    expect(paged).toEqual(all);
  });

  it("keeps to one table or one dataset when asked, with the same ranking", async () => {
    const all = (await getJson(q("培训", "&_size=100"))).body;
    const projects = (await getJson(q("培训", "&table=projects&_size=100"))).body;
    expect(projects.hits.map((h: any) => h.id)).toEqual(all.hits.filter((h: any) => h.table === "projects").map((h: any) => h.id));
    expect(projects.total).toBe(6);
    const one = (await getJson(q("培训", `&dataset=${all.hits[0].dataset}&_size=100`))).body;
    expect(one.hits.map((h: any) => h.url)).toEqual(all.hits.map((h: any) => h.url));
  });

  it("pages 20 hits by default and at most 100", async () => {
    const { body } = await getJson(q("目标"));
    expect(body.hits).toHaveLength(20);
    expect(body.total).toBe(477);
    expect((await getJson(q("目标", "&_size=100"))).body.hits).toHaveLength(100);
    const { res, body: problem } = await getJson(q("目标", "&_size=101"));
    expect(res.status).toBe(400);
    expect(problem.errors).toEqual([{ param: "_size", message: "_size takes a whole number from 1 to 100, not '101'." }]);
  });

  it("requires q and checks the scope", async () => {
    for (const [path, param] of [
      ["/v1/search", "q"],
      ["/v1/search?q=%20", "q"],
      [q("培训", "&dataset=2021-0a69ee6"), "dataset"],
      [q("培训", "&table=projcts"), "table"],
      [q("培训", "&regex=1"), "regex"],
    ]) {
      const res = await get(path);
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).errors[0].param).toBe(param);
    }
  });
});

describe("search finds tables and glossary terms on the page", () => {
  it("三公经费 leads to the 三公 table and its glossary entry", async () => {
    const res = await get(`/search?q=${encodeURIComponent("三公经费")}`, { headers: { Accept: "text/html" } });
    const html = await res.text();
    expect([...html.matchAll(/data-thing="([^"]+)"/g)].map((m) => m[1])).toEqual(["table:three-public-expenses", "term:three-public-expenses"]);
    expect(html).toContain(`<a href="/datasets/2021-0a69ee67/tables/three-public-expenses">一般公共预算“三公”经费支出情况表</a>`);
    expect(html).toContain(`<a href="/glossary#three-public-expenses">三公经费</a>`);
  });
});
