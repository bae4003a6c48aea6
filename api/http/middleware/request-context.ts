import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "pino";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express types its request through this global namespace
  namespace Express {
    interface Request {
      /** The caller's sane X-Request-Id, else a new UUID; echoed back and in every log line about the request. */
      id: string;
      log: Logger;
    }
  }
}

const requestIdPattern = /^[\w.-]{8,128}$/;

/** A calendar feed is reached by the secret in its path; the log keeps only that it was a feed. */
const redactSecrets = (path: string) => path.replace(/^\/api\/calendar\/[^/]+/, "/api/calendar/[redacted]");

const levelOf = (statusCode: number) => (statusCode >= 500 ? "error" : statusCode >= 400 ? "warn" : "info");

/**
 * Gives every request an id (the caller's X-Request-Id when it is sane, else a new UUID), echoes it
 * back, and logs one structured line per request when it ends: `req` (id, method, path without the
 * query string), `res` (status) and `responseTime` in milliseconds, as pino-http did. Secrets never
 * reach the log: no headers, no query string, no feed token. Written here rather than with pino-http,
 * whose child logger and serialisers per request cost more CPU than the agent's whole cached answer.
 */
export function requestContext(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const offered = request.headers["x-request-id"];
    const id = typeof offered === "string" && requestIdPattern.test(offered) ? offered : randomUUID();
    const startedAt = performance.now();
    request.id = id;
    request.log = logger;
    response.setHeader("X-Request-Id", id);
    response.once("close", () => {
      const isFinished = response.writableFinished;
      const statusCode = response.statusCode;
      const line = {
        req: { id, method: request.method, path: redactSecrets(request.originalUrl.split("?")[0]!) },
        res: { statusCode },
        responseTime: Math.round(performance.now() - startedAt),
      };
      if (isFinished) logger[levelOf(statusCode)](line, "request completed");
      else logger.warn(line, "request aborted");
    });
    next();
  };
}
