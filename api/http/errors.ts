import type { z } from "zod";
import type { FieldProblem } from "../contracts/errors";

/** An error with a stable code that the error middleware answers as `{ error: { code, message, details } }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const fieldProblemsOf = (error: z.ZodError, prefix: string[] = []): FieldProblem[] =>
  error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join(".") || "(root)",
    message: issue.message,
  }));

export const validationFailed = (details: FieldProblem[], message = "The request is not valid") =>
  new AppError(400, "validation_failed", `${message}: ${details.slice(0, 3).map((d) => `${d.path} ${d.message}`).join("; ")}`, details);
export const invalidJson = (message: string) => new AppError(400, "invalid_json", `The body is not valid JSON: ${message}`);
export const unsupportedMediaType = (expected: string) =>
  new AppError(415, "unsupported_media_type", `The body must be sent as ${expected}`);
export const payloadTooLarge = (limit: string) => new AppError(413, "payload_too_large", `The body exceeds this endpoint's limit of ${limit}`);
export const notFound = (what: string) => new AppError(404, "not_found", `${what} was not found`);
export const routeNotFound = (method: string, path: string) => new AppError(404, "route_not_found", `No API route ${method} ${path}`);
export const conflict = (message: string, details: unknown[] = []) => new AppError(409, "conflict", message, details);
export const versionConflict = (what: string, currentRevision: number) =>
  new AppError(409, "version_conflict", `${what} was changed since you read it (it is at revision ${currentRevision} now): read it again and redo your change`, [{ currentRevision }]);
export const preconditionRequired = (what: string) =>
  new AppError(428, "precondition_required", `Send If-Match with the ETag of the ${what} you read (its revision, such as "3"), so a change made meanwhile is not overwritten`);
/** A cancel (or another change) asked of a solve job that has already ended; details carry its status. */
export const jobFinished = (status: string) =>
  new AppError(409, "job_finished", `The solve job has already finished (${status}); there is nothing to cancel`, [{ path: "params.jobId", message: `the job is ${status}`, status }]);
export const unauthenticated = () => new AppError(401, "unauthenticated", "Sign in to use this endpoint");
export const forbidden = () => new AppError(403, "forbidden", "Your role does not allow this");
export const csrfRejected = () => new AppError(403, "csrf_rejected", "Send the session's CSRF token as X-CSRF-Token with every write");
export const serviceUnavailable = (message: string) => new AppError(503, "service_unavailable", message);
