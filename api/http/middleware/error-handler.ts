import type { ErrorRequestHandler, RequestHandler } from "express";
import { AppError, conflict, invalidJson, payloadTooLarge, routeNotFound } from "../errors";
import type { ErrorResponse } from "../contracts/errors";

/** Maps body-parser failures to our codes: they carry `type` and `status`, not our AppError. */
function fromBodyParser(error: unknown): AppError | undefined {
  if (!(error instanceof Error) || !("type" in error)) return undefined;
  const type = error.type;
  if (type === "entity.parse.failed") return invalidJson(error.message);
  if (type === "entity.too.large") return payloadTooLarge(String((error as { limit?: unknown }).limit ?? "?") + " bytes");
  if (type === "encoding.unsupported" || type === "charset.unsupported") {
    return new AppError(415, "unsupported_media_type", error.message);
  }
  return undefined;
}

/**
 * Database refusals that are the caller's doing, not our failure: a unique-constraint violation
 * (SQLSTATE 23505) and text PostgreSQL cannot store, such as a NUL character (22021, 22P05).
 */
function fromDatabase(error: unknown): AppError | undefined {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  if (driverError?.code === "23505") return conflict("A record with the same unique value already exists", [{ constraint: driverError.constraint ?? null }]);
  if (driverError?.code === "22021" || driverError?.code === "22P05") return new AppError(400, "invalid_text", "The text contains a character that cannot be stored (such as U+0000)");
  return undefined;
}

/** One error shape for the whole API. Unknown errors are logged with the request id, answered 500 without internals. */
export const errorHandler: ErrorRequestHandler = (error, request, response, _next) => {
  const known = error instanceof AppError ? error : fromBodyParser(error) ?? fromDatabase(error);
  if (!known) request.log.error({ err: error, requestId: request.id }, "unhandled error");
  const answer = known ?? new AppError(500, "internal_error", `Something went wrong on our side (request ${String(request.id)})`);
  const body: ErrorResponse = { error: { code: answer.code, message: answer.message, details: answer.details } };
  if (response.headersSent) return;
  response.status(answer.status).json(body);
};

export const apiNotFound: RequestHandler = (request, _response, next) => {
  next(routeNotFound(request.method, request.originalUrl.split("?")[0] ?? request.originalUrl));
};
