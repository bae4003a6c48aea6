import { hash } from "node:crypto";
import express from "express";
import type { Request, RequestHandler, Response, Router } from "express";
import type { z } from "zod";
import { hasRole, type Actor } from "../../services/actor";
import { isSharedView } from "../../infrastructure/cache/published-views";
import type { EndpointContract } from "../../contracts/endpoint";
import { planningRoles } from "../../contracts/roles";
import { forbidden, unauthenticated, validationFailed } from "../../errors/app-errors";
import { fieldProblemsOf } from "../../errors/field-problems-of";
import { csrfRejected, unsupportedMediaType } from "../edge-errors";
import type { RequestIdentity } from "../middleware/authenticate";

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface RouteInput<E extends EndpointContract> {
  params: Infer<E["params"]>;
  query: Infer<E["query"]>;
  body: Infer<E["body"]>;
}

/** The caller: always signed in on a private endpoint; on a public one, whoever is signed in or null. */
export type ActorOf<E extends EndpointContract> = E extends { isPublic: true } ? Actor | null : Actor;

export interface RouteContext<E extends EndpointContract> {
  actor: ActorOf<E>;
  request: Request;
  response: Response;
}

export interface RouteOptions {
  /** Body size limit for this endpoint (body-parser syntax); small by default. */
  bodyLimit?: string;
  /**
   * The handler reads the body itself from `request` (a file streamed into a worker, see
   * http/body-stream.ts): no body parser runs, only the content type is checked, and `body` is undefined.
   */
  isBodyStreamed?: boolean;
}

function parsePart<T extends z.ZodType | undefined>(schema: T, value: unknown, where: string): Infer<T> {
  if (!schema) return undefined as Infer<T>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationFailed(fieldProblemsOf(parsed.error, [where]));
  return parsed.data as Infer<T>;
}

function bodyParser(endpoint: EndpointContract, options: RouteOptions): RequestHandler[] {
  if (!endpoint.body) return [];
  const limit = options.bodyLimit ?? "100kb";
  const type = endpoint.bodyContentType ?? "application/json";
  const parser =
    type === "application/json" ? express.json({ limit }) : express.text({ type: [type, "text/plain"], limit });
  const requireType: RequestHandler = (request, _response, next) => {
    const hasBody =
      Number(request.headers["content-length"] ?? 0) > 0 || request.headers["transfer-encoding"] !== undefined;
    const isAccepted = request.is(type) || (type !== "application/json" && request.is("text/plain"));
    next(hasBody && !isAccepted ? unsupportedMediaType(type) : undefined);
  };
  return options.isBodyStreamed ? [requireType] : [requireType, parser];
}

const serialisedViews = new WeakMap<object, { body: Buffer; etag: string }>();

/**
 * JSON with a weak ETag (a repeat fetch with If-None-Match gets 304, as Express does). A shared
 * published view is serialised, encoded to UTF-8 and hashed once for everyone who reads it, not
 * once per request (a 300-agent roster week is 549 KiB).
 */
function sendJson(response: Response, result: unknown): void {
  if (!isSharedView(result)) {
    response.json(result);
    return;
  }
  let serialised = serialisedViews.get(result);
  if (!serialised) {
    const body = Buffer.from(JSON.stringify(result));
    serialised = { body, etag: `W/"${hash("sha1", body, "base64url")}"` };
    serialisedViews.set(result, serialised);
  }
  response.setHeader("Content-Type", "application/json; charset=utf-8");
  response.setHeader("ETag", serialised.etag);
  response.send(serialised.body);
}

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The caller must be signed in (401), hold one of the endpoint's roles (403), and a cookie-signed
 * write must carry the session's CSRF token (403): SameSite cookies alone do not stop same-site forgery.
 */
function authorise(endpoint: EndpointContract, request: Request, identity: RequestIdentity | null): Actor | null {
  if (endpoint.isPublic) return identity?.actor ?? null;
  if (!identity) throw unauthenticated();
  if (!hasRole(identity.actor, endpoint.roles ?? planningRoles)) throw forbidden();
  if (
    identity.csrfToken !== null &&
    unsafeMethods.has(request.method) &&
    request.get("x-csrf-token") !== identity.csrfToken
  )
    throw csrfRejected();
  return identity.actor;
}

/** Per router, its endpoints' paths up to their first parameter: "/api/me" for "/api/me", "/api/schedules/" for "/api/schedules/:scheduleId". */
const pathStarts = new WeakMap<Router, Set<string>>();

const pathStartOf = (path: string) => {
  const parameterAt = path.indexOf("/:");
  return parameterAt < 0 ? path : path.slice(0, parameterAt + 1);
};

type PathTest = (lowerCasePath: string) => boolean;

function pathTestOf(starts: readonly string[]): PathTest {
  const fixed = new Set(
    starts.filter((start) => !start.endsWith("/")).flatMap((start) => [start.toLowerCase(), `${start.toLowerCase()}/`]),
  );
  const prefixes = starts.filter((start) => start.endsWith("/")).map((start) => start.toLowerCase());
  return (path) => fixed.has(path) || prefixes.some((prefix) => path.startsWith(prefix));
}

/**
 * One middleware for many routers: each request is handed, in order, only to the routers whose
 * endpoints can match its path (a fixed path, with or without a trailing slash, or the fixed start of
 * a path with parameters; case-insensitive, as Express matches). Mounted one by one, Express tries
 * every route of every router before the one that answers, and a router that answers nothing hands on
 * in a later turn of the event loop: on the agent's own shifts, in the last of a dozen routers, that
 * walk was a fifth of the server's CPU. `starts` replaces the endpoints' own (for a router of plain
 * Express routes).
 */
export function byPath(routers: ReadonlyArray<Router | { router: Router; starts: readonly string[] }>): RequestHandler {
  const gates = routers.map((entry) => {
    const { router, starts } =
      "starts" in entry ? entry : { router: entry, starts: [...(pathStarts.get(entry) ?? [])] };
    return { router, isFor: pathTestOf(starts) };
  });
  return (request, response, next) => {
    const path = request.path.toLowerCase();
    let index = 0;
    const tryNext = (error?: unknown): void => {
      if (error) {
        next(error);
        return;
      }
      while (index < gates.length) {
        const gate = gates[index++]!;
        if (gate.isFor(path)) {
          gate.router(request, response, tryNext);
          return;
        }
      }
      next();
    };
    tryNext();
  };
}

/** Answers `result` as the endpoint's contract says (status, and JSON unless another content type). */
function present(endpoint: EndpointContract, response: Response, result: unknown): void {
  if (response.headersSent) return;
  response.status(endpoint.responseStatus ?? 200);
  if (endpoint.responseContentType) response.type(endpoint.responseContentType).send(result);
  else sendJson(response, result);
}

function mount(router: Router, endpoint: EndpointContract, handlers: RequestHandler[]): void {
  const check: RequestHandler = (request, response, next) => {
    response.locals.actor = authorise(endpoint, request, response.locals.identity as RequestIdentity | null);
    next();
  };
  router[endpoint.method](endpoint.path, check, ...handlers);
  const starts = pathStarts.get(router) ?? new Set<string>();
  starts.add(pathStartOf(endpoint.path));
  pathStarts.set(router, starts);
}

/**
 * Mounts one endpoint: check who calls (authorise), parse its body (per-endpoint limit), validate params, query and body with
 * its contract (400 with field paths), call `run` with the acting user, and present the result.
 */
export function route<E extends EndpointContract>(
  router: Router,
  endpoint: E,
  run: (input: RouteInput<E>, context: RouteContext<E>) => Promise<unknown>,
  options: RouteOptions = {},
): void {
  const handler: RequestHandler = async (request, response) => {
    const input = {
      params: parsePart(endpoint.params, request.params, "params"),
      query: parsePart(endpoint.query, request.query ?? {}, "query"),
      body: options.isBodyStreamed ? undefined : parsePart(endpoint.body, request.body, "body"),
    } as RouteInput<E>;
    const actor = response.locals.actor as ActorOf<E>;
    present(endpoint, response, await run(input, { actor, request, response }));
  };
  mount(router, endpoint, [...bodyParser(endpoint, options), handler]);
}

/**
 * Mounts a JSON endpoint whose body `run` receives as its text (decoded, within the limit), not
 * parsed or validated here: for a big body that is parsed and validated with the endpoint's contract
 * where it is computed, on the worker pool, so the event loop does neither. `run` answers a parse
 * failure with invalidJson and a contract failure with validationFailed, paths prefixed "body". A
 * request without a body gets the text "". Params and query are validated here as by `route`.
 */
export function routeWithBodyText<E extends EndpointContract>(
  router: Router,
  endpoint: E,
  run: (bodyText: string, input: Omit<RouteInput<E>, "body">, context: RouteContext<E>) => Promise<unknown>,
  options: RouteOptions = {},
): void {
  const limit = options.bodyLimit ?? "100kb";
  const requireJson: RequestHandler = (request, _response, next) => {
    const hasBody =
      Number(request.headers["content-length"] ?? 0) > 0 || request.headers["transfer-encoding"] !== undefined;
    next(hasBody && !request.is("application/json") ? unsupportedMediaType("application/json") : undefined);
  };
  const handler: RequestHandler = async (request, response) => {
    const input = {
      params: parsePart(endpoint.params, request.params, "params"),
      query: parsePart(endpoint.query, request.query ?? {}, "query"),
    } as Omit<RouteInput<E>, "body">;
    const bodyText = typeof request.body === "string" ? request.body : "";
    const actor = response.locals.actor as ActorOf<E>;
    present(endpoint, response, await run(bodyText, input, { actor, request, response }));
  };
  mount(router, endpoint, [requireJson, express.text({ type: "application/json", limit }), handler]);
}
