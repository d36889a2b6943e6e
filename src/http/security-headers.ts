/**
 * The security headers, in one place. Every response, API or page, says nosniff and sends no
 * referrer; an HTML document also gets a Content-Security-Policy under which nothing loads
 * but the document and its own hashed inline stylesheet.
 */

/** Headers of every response: the app's middleware adds them, and the problems answered before the app (429, 431) carry them. */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** What an HTML document may do beyond showing itself. */
export interface HtmlPolicy {
  /** The CSP source of its inline stylesheet's hash. */
  styleSrc: string;
  /** Where images may come from (none when absent). */
  imgSrc?: string;
  /** Where its forms may submit. */
  formAction: "'self'" | "'none'";
  /** Also refuse framing and cross-origin openers with the older headers (the pages; /docs relies on the CSP alone). */
  isolated: boolean;
}

/** The Content-Security-Policy of an HTML document. */
export function contentSecurityPolicy(policy: HtmlPolicy): string {
  return [
    "default-src 'none'",
    `style-src ${policy.styleSrc}`,
    ...(policy.imgSrc ? [`img-src ${policy.imgSrc}`] : []),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    `form-action ${policy.formAction}`,
  ].join("; ");
}

/** The security headers of an HTML document (including its 304 and error pages). */
export function htmlSecurityHeaders(policy: HtmlPolicy): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(policy),
    "Referrer-Policy": BASE_SECURITY_HEADERS["Referrer-Policy"]!,
    ...(policy.isolated ? { "X-Frame-Options": "DENY", "Cross-Origin-Opener-Policy": "same-origin" } : { "X-Content-Type-Options": BASE_SECURITY_HEADERS["X-Content-Type-Options"]! }),
  };
}
