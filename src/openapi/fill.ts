/**
 * Fills the response examples of a built document by sending each example request to the
 * app itself (in-process, no network): the examples are what the server really answers.
 */
import { PROBLEMS, type ProblemSlug } from "../lib/problem";
import { examplePath, exampleNames } from "./example-url";
import { pascal } from "./json-schemas";
import { PROBLEM_MEDIA_TYPE } from "./problems";
import { trimLists } from "./trim";
import type { ExampleRequest, OpenApiDocument, Operation, ResponseObject } from "./types";

export type Fetcher = (request: Request) => Promise<Response>;

/** Requests whose problem bodies illustrate a problem type, given a documented path to break. */
function problemRequests(doc: OpenApiDocument): { slug: ProblemSlug; path: string; init?: RequestInit }[] {
  const out: { slug: ProblemSlug; path: string; init?: RequestInit }[] = [{ slug: "not-acceptable", path: "/v1", init: { headers: { Accept: "application/xml" } } }];
  const table = Object.entries(doc.paths).find(([, item]) => item.get.parameters.some((p) => p.name === "_size" && p.examples));
  if (table) {
    const [template, { get }] = table;
    const path = examplePath(template, get, exampleNames(get)[0]).split("?")[0];
    out.push({ slug: "invalid-query", path: `${path}?_size=0` });
    out.push({ slug: "not-found", path: `${path}-nope` });
  }
  const aggregate = Object.entries(doc.paths).find(([, item]) => item.get.operationId === "aggregate");
  if (aggregate) {
    const [template, { get }] = aggregate;
    const name = exampleNames(get)[0];
    if (name) out.push({ slug: "overlapping-sum", path: `${examplePath(template, get, name).split("?")[0]}?direction__in=revenue,expenditure` });
  }
  return out;
}

/** Media types whose bodies can be shown as examples (not a zip). */
const TEXT_MEDIA = /^(application\/(.+\+)?json|application\/x-ndjson|text\/.+)$/;

async function bodyOf(res: Response): Promise<unknown> {
  const media = (res.headers.get("Content-Type") ?? "").split(";")[0];
  if (media === "application/json") return trimLists(await res.json());
  // Decoded as text() would (a BOM dropped), without workerd's warning for NDJSON, a type it does not know as text.
  return new TextDecoder().decode(await res.arrayBuffer());
}

/** Sends every example request of `doc` to `fetch` on `origin` and stores the answers as response examples (skipping `skip` paths). */
export async function fillExamples(
  doc: OpenApiDocument,
  fetch: Fetcher,
  planned: Readonly<Record<string, readonly Omit<ExampleRequest, "response">[]>>,
  skip: ReadonlySet<string>,
  origin: string,
): Promise<void> {
  for (const [template, { get }] of Object.entries(doc.paths)) {
    if (skip.has(template)) continue;
    const ok = get.responses["200"] as ResponseObject;
    const summaries = new Map((planned[get.operationId] ?? []).map((e) => [e.name, e.summary]));
    for (const name of exampleNames(get)) {
      const res = await fetch(new Request(origin + examplePath(template, get, name)));
      const media = (res.headers.get("Content-Type") ?? "").split(";")[0];
      const content = ok.content?.[media];
      // An example that fails, or answers a type not documented, is left without a response:
      // the contract test reports it, and the document is still served.
      if (res.status !== 200 || !content || !TEXT_MEDIA.test(media)) {
        await res.body?.cancel();
        continue;
      }
      content.examples = { ...content.examples, [name]: { summary: summaries.get(name) ?? get.summary, value: await bodyOf(res) } };
    }
  }
  for (const { slug, path, init } of problemRequests(doc)) {
    const res = await fetch(new Request(origin + path, init));
    const component = doc.components.responses[pascal(slug)];
    if (res.status !== PROBLEMS[slug].status || !component?.content) continue;
    component.content[PROBLEM_MEDIA_TYPE].examples = { [slug]: { summary: `GET ${path}`, value: await res.json() } };
  }
}

/** Operation and path template of every documented GET. */
export function operations(doc: OpenApiDocument): { template: string; op: Operation }[] {
  return Object.entries(doc.paths).map(([template, item]) => ({ template, op: item.get }));
}
