import { AppError } from "../errors/app-error";

/**
 * Errors only the HTTP edge raises: about the request as it came over the wire (its body, route,
 * headers) or about a failure no service names (the database out of reach, an unexpected error).
 * They share AppError's shape; their statuses are in status-of-error.ts with the application's.
 */
export const edgeErrorCodes = [
  "invalid_json",
  "invalid_text",
  "request_aborted",
  "csrf_rejected",
  "route_not_found",
  "payload_too_large",
  "unsupported_media_type",
  "precondition_required",
  "internal_error",
  "database_unavailable",
] as const;

export type EdgeErrorCode = (typeof edgeErrorCodes)[number];

const edgeError = (code: EdgeErrorCode, message: string, details: unknown[] = []) =>
  new AppError<EdgeErrorCode>(code, message, details);

export const invalidJson = (message: string) => edgeError("invalid_json", `The body is not valid JSON: ${message}`);
/** Text PostgreSQL cannot store, such as a NUL character (SQLSTATE 22021, 22P05). */
export const invalidText = () =>
  edgeError("invalid_text", "The text contains a character that cannot be stored (such as U+0000)");
export const requestAborted = (reason: string) =>
  edgeError("request_aborted", `The body could not be read to its end (${reason})`);
export const csrfRejected = () =>
  edgeError("csrf_rejected", "Send the session's CSRF token as X-CSRF-Token with every write");
export const routeNotFound = (method: string, path: string) =>
  edgeError("route_not_found", `No API route ${method} ${path}`);
export const payloadTooLarge = (limit: string) =>
  edgeError("payload_too_large", `The body exceeds this endpoint's limit of ${limit}`);
export const unsupportedMediaType = (expected: string) =>
  edgeError("unsupported_media_type", `The body must be sent as ${expected}`);
/** A body refused for how it was sent (its Content-Encoding or charset); the message says which. */
export const unreadableBody = (message: string) => edgeError("unsupported_media_type", message);
export const preconditionRequired = (what: string) =>
  edgeError(
    "precondition_required",
    `Send If-Match with the ETag of the ${what} you read (its revision, such as "3"), so a change made meanwhile is not overwritten`,
  );
export const internalError = (requestId: string) =>
  edgeError("internal_error", `Something went wrong on our side (request ${requestId})`);
export const databaseUnavailable = () =>
  edgeError("database_unavailable", "The database cannot be reached right now; try again shortly");
