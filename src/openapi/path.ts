/** Where the OpenAPI document is served (a constant of its own, so pages can link it without loading the generator). */
export const OPENAPI_PATH = "/openapi.json";
