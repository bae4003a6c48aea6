import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import { pinoHttp } from "pino-http";
import type { Logger } from "pino";

const requestIdPattern = /^[\w.-]{8,128}$/;

/** A calendar feed is reached by the secret in its path; the log keeps only that it was a feed. */
const redactSecrets = (path: string) => path.replace(/^\/api\/calendar\/[^/]+/, "/api/calendar/[redacted]");

/**
 * Gives every request an id (the caller's X-Request-Id when it is sane, else a new UUID), echoes it
 * back, and logs one structured line per request with it. Secrets never reach the log: the
 * serializers keep only method, url without query string, and status.
 */
export function requestContext(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (request, response) => {
      const offered = request.headers["x-request-id"];
      const id = typeof offered === "string" && requestIdPattern.test(offered) ? offered : randomUUID();
      response.setHeader("X-Request-Id", id);
      return id;
    },
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        path: redactSecrets(request.url.split("?")[0]!),
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? "error" : response.statusCode >= 400 ? "warn" : "info",
  });
}
