/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** A word of the template linked to its glossary entry, its one-line gloss as the link's title (a tooltip without script). */
import type { Child } from "hono/jsx";
import { useLang } from "../lang";
import { pagePaths } from "../paths";
import { termById, termOfLabel } from "./terms";

/** `<Term id="carryover" />` prints 部门结转; children print other text for the same term (e.g. 上年结转). */
export function Term({ id, children }: { id: string; children?: Child }) {
  const t = termById(id);
  return (
    <a class="term" href={pagePaths.glossary(t.id)} title={useLang() === "en" ? t.short : t.shortZh}>
      {children ?? t.zh}
    </a>
  );
}

/** A label from the data: linked when it is a glossary term, plain text otherwise. */
export function TermLabel({ label }: { label: string }) {
  const t = termOfLabel(label);
  return t ? <Term id={t.id}>{label}</Term> : <>{label}</>;
}
