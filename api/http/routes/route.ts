import express from "express";
import type { Request, RequestHandler, Response, Router } from "express";
import type { z } from "zod";
import type { Actor } from "../../services/actor";
import type { EndpointContract } from "../contracts/endpoint";
import { fieldProblemsOf, unsupportedMediaType, validationFailed } from "../errors";

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface RouteInput<E extends EndpointContract> {
  params: Infer<E["params"]>;
  query: Infer<E["query"]>;
  body: Infer<E["body"]>;
}

export interface RouteContext {
  actor: Actor;
  request: Request;
  response: Response;
}

export interface RouteOptions {
  /** Body size limit for this endpoint (body-parser syntax); small by default. */
  bodyLimit?: string;
}

function parsePart<T extends z.ZodType | undefined>(schema: T, value: unknown, where: string): Infer<T> {
  if (!schema) return undefined as Infer<T>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationFailed(fieldProblemsOf(parsed.error, [where]));
  return parsed.data as Infer<T>;
}

function bodyParser(endpoint: EndpointContract, limit: string): RequestHandler[] {
  if (!endpoint.body) return [];
  const type = endpoint.bodyContentType ?? "application/json";
  const parser = type === "application/json" ? express.json({ limit }) : express.text({ type: [type, "text/plain"], limit });
  const requireType: RequestHandler = (request, _response, next) => {
    const hasBody = Number(request.headers["content-length"] ?? 0) > 0 || request.headers["transfer-encoding"] !== undefined;
    const isAccepted = request.is(type) || (type !== "application/json" && request.is("text/plain"));
    next(hasBody && !isAccepted ? unsupportedMediaType(type) : undefined);
  };
  return [requireType, parser];
}

/**
 * Mounts one endpoint: parse its body (per-endpoint limit), validate params, query and body with
 * its contract (400 with field paths), call `run` with the acting user, and present the result.
 */
export function route<E extends EndpointContract>(
  router: Router,
  endpoint: E,
  run: (input: RouteInput<E>, context: RouteContext) => Promise<unknown>,
  options: RouteOptions = {},
): void {
  const handler: RequestHandler = async (request, response) => {
    const input = {
      params: parsePart(endpoint.params, request.params, "params"),
      query: parsePart(endpoint.query, request.query ?? {}, "query"),
      body: parsePart(endpoint.body, request.body, "body"),
    } as RouteInput<E>;
    const actor = response.locals.actor as Actor;
    const result = await run(input, { actor, request, response });
    if (response.headersSent) return;
    response.status(endpoint.responseStatus ?? 200);
    if (endpoint.responseContentType) response.type(endpoint.responseContentType).send(result);
    else response.json(result);
  };
  router[endpoint.method](endpoint.path, ...bodyParser(endpoint, options.bodyLimit ?? "100kb"), handler);
}
