import { API_PATHS } from "../spec/links";

/** Where the OpenAPI document is served (a constant of its own, so pages can link it without loading the generator). */
export const OPENAPI_PATH = API_PATHS.openapi;

/**
 * The origin the document's examples are taken on (npm start's): the document is the same
 * for every origin it is served from (its server URL is relative), so it is made once.
 */
export const EXAMPLE_ORIGIN = "http://127.0.0.1:8787";
