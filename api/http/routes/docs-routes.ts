import express, { Router } from "express";
import { createRequire } from "node:module";
import { buildOpenApiDocument } from "../openapi";

const swaggerUiDirectory = createRequire(import.meta.url)("swagger-ui-dist").getAbsoluteFSPath() as string;

const docsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shiftcast API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const docsInit = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#docs", deepLinking: true });`;

/** /api/openapi.json (generated once from the contracts) and the interactive docs at /api/docs, served locally. */
export function docsRoutes(version: string): Router {
  const router = Router();
  const document = buildOpenApiDocument(version);
  router.get("/api/openapi.json", (_request, response) => {
    response.json(document);
  });
  router.get("/api/docs", (_request, response) => {
    response.type("html").send(docsPage);
  });
  router.get("/api/docs/init.js", (_request, response) => {
    response.type("application/javascript").send(docsInit);
  });
  router.use("/api/docs/assets", express.static(swaggerUiDirectory, { index: false, maxAge: "1d" }));
  return router;
}
