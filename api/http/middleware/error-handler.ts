import type { ErrorRequestHandler, RequestHandler } from "express";
import { AppError } from "../../errors/app-error";
import { conflict } from "../../errors/app-errors";
import type { ErrorResponse } from "../../contracts/errors";
import {
  databaseUnavailable,
  internalError,
  invalidJson,
  invalidText,
  payloadTooLarge,
  routeNotFound,
  unreadableBody,
} from "../edge-errors";
import { statusOfError } from "../status-of-error";

/** Maps body-parser failures to our codes: they carry `type` and `status`, not our AppError. */
function fromBodyParser(error: unknown): AppError<string> | undefined {
  if (!(error instanceof Error) || !("type" in error)) return undefined;
  const type = error.type;
  if (type === "entity.parse.failed") return invalidJson(error.message);
  if (type === "entity.too.large")
    return payloadTooLarge(String((error as { limit?: unknown }).limit ?? "?") + " bytes");
  if (type === "encoding.unsupported" || type === "charset.unsupported") return unreadableBody(error.message);
  return undefined;
}

/**
 * Database refusals that are the caller's doing, not our failure: a unique-constraint violation
 * (SQLSTATE 23505) and text PostgreSQL cannot store, such as a NUL character (22021, 22P05).
 */
function fromDatabase(error: unknown): AppError<string> | undefined {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  if (driverError?.code === "23505")
    return conflict("A record with the same unique value already exists", [
      { constraint: driverError.constraint ?? null },
    ]);
  if (driverError?.code === "22021" || driverError?.code === "22P05") return invalidText();
  return undefined;
}

/** Socket errors meaning the database server cannot be reached (refused, reset, unreachable, timed out). */
const networkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
/**
 * SQLSTATEs of a server that is going away or not accepting connections: class 08 (connection
 * exception), 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now) and 53300 (too many
 * connections). PostgreSQL manual, Appendix A "PostgreSQL Error Codes".
 */
const isUnavailableState = (code: string) =>
  code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
/** What node-postgres and its pool throw without a code when the socket ends or no connection comes in time. */
const unavailableMessage =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Connection terminated due to connection timeout)/;

function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (networkCodes.has(code) || isUnavailableState(code))) return true;
  if (unavailableMessage.test(error.message)) return true;
  const nested = [
    (error as { driverError?: unknown }).driverError,
    error.cause,
    ...(error instanceof AggregateError ? error.errors : []),
  ];
  return nested.some((inner) => inner !== error && isDatabaseUnavailable(inner, depth + 1));
}

/** The database is down or unreachable: the request may succeed later, so 503 with Retry-After rather than 500. */
function fromUnavailableDatabase(error: unknown): AppError<string> | undefined {
  return isDatabaseUnavailable(error) ? databaseUnavailable() : undefined;
}

/** One error shape for the whole API. Unknown errors are logged with the request id, answered 500 without internals. */
export const errorHandler: ErrorRequestHandler = (error, request, response, _next) => {
  const known: AppError<string> | undefined =
    error instanceof AppError
      ? error
      : (fromBodyParser(error) ?? fromDatabase(error) ?? fromUnavailableDatabase(error));
  if (!known) request.log.error({ err: error, requestId: request.id }, "unhandled error");
  if (known?.code === "database_unavailable")
    request.log.error({ err: error, requestId: request.id }, "database unavailable");
  const answer = known ?? internalError(String(request.id));
  const status = statusOfError(answer);
  const body: ErrorResponse = { error: { code: answer.code, message: answer.message, details: answer.details } };
  if (response.headersSent) return;
  if (status === 503) response.setHeader("Retry-After", "5");
  response.status(status).json(body);
};

export const apiNotFound: RequestHandler = (request, _response, next) => {
  next(routeNotFound(request.method, request.originalUrl.split("?")[0] ?? request.originalUrl));
};
