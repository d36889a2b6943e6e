/**
 * Builds every successful response: validators and caching first (304 without rendering),
 * then the body with its content type, download name and paging link.
 */
import type { Format } from "../lib/media-types";
import { CONTENT_TYPES } from "../render/registry";
import { conditionalResponse, etagOf } from "./etag";
import { contentDisposition, link } from "./headers";

export interface Payload {
  body: string | Uint8Array | ReadableStream<Uint8Array>;
  contentType: string;
  /** Download names (without extension) when the body should be saved as a file. */
  download?: { ascii: string; utf8: string; ext: string } | null;
  /** Absolute URL of the next page. */
  next?: string | null;
}

export interface RespondInit {
  request: Request;
  /** Version of the data the response is made of (a dataset's, or the catalog's). */
  version: string;
  format: Format;
  /** Send X-Dataset-Version (default); false for responses not made of data. */
  versionHeader?: boolean;
  /** Called only when the client's copy is not current. */
  render: () => Payload | Promise<Payload>;
}

/** A JSON payload. */
export function jsonPayload(value: unknown, next: string | null = null): Payload {
  return { body: JSON.stringify(value), contentType: CONTENT_TYPES.json, next };
}

/** 200 with the rendered body, or 304 when If-None-Match holds the current ETag. */
export async function respond({ request, version, format, versionHeader = true, render }: RespondInit): Promise<Response> {
  const headers = new Headers({ Vary: "Accept" });
  if (versionHeader) headers.set("X-Dataset-Version", version);
  return conditionalResponse(request, await etagOf(request, [version, format]), headers, async () => {
    const payload = await render();
    headers.set("Content-Type", payload.contentType);
    if (payload.download) headers.set("Content-Disposition", contentDisposition(payload.download.ascii, payload.download.utf8, payload.download.ext));
    if (payload.next) headers.set("Link", link(payload.next, "next"));
    return payload.body;
  });
}
