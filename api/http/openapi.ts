import { z } from "zod";
import { allEndpoints } from "../contracts";
import type { EndpointContract } from "../contracts/endpoint";
import { errorResponse } from "../contracts/errors";

const toJsonSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });

const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

function parameters(endpoint: EndpointContract) {
  const fromObject = (schema: z.ZodObject | undefined, where: "path" | "query") =>
    Object.entries(schema?.shape ?? {}).map(([name, field]) => ({
      name,
      in: where,
      required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
      schema: toJsonSchema(field as z.ZodType, "input"),
    }));
  return [...fromObject(endpoint.params, "path"), ...fromObject(endpoint.query, "query")];
}

function operation(endpoint: EndpointContract) {
  const errorContent = { "application/json": { schema: toJsonSchema(errorResponse, "output") } };
  const responseType = endpoint.responseContentType ?? "application/json";
  return {
    summary: endpoint.summary,
    tags: [endpoint.tag],
    parameters: parameters(endpoint),
    ...(endpoint.body && {
      requestBody: {
        required: true,
        content: { [endpoint.bodyContentType ?? "application/json"]: { schema: toJsonSchema(endpoint.body, "input") } },
      },
    }),
    responses: {
      [String(endpoint.responseStatus ?? 200)]: {
        description: "Success",
        content: { [responseType]: { schema: toJsonSchema(endpoint.response, "output") } },
      },
      "400": { description: "Validation failed", content: errorContent },
      default: { description: "Error", content: errorContent },
    },
  };
}

/** The OpenAPI 3.1 document, generated from the same zod contracts that validate requests. */
export function buildOpenApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of allEndpoints) {
    const path = openApiPath(endpoint.path);
    paths[path] = { ...paths[path], [endpoint.method]: operation(endpoint) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Shiftcast API",
      version,
      description: "Forecasting, staffing, rostering and capacity planning for support teams.",
    },
    paths,
  };
}
