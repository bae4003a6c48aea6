import type { AppError, AppErrorCode } from "../errors/app-error";
import type { EdgeErrorCode } from "./edge-errors";

/**
 * The HTTP status of every error code, decided here and nowhere else (RFC 9110 §15): services
 * throw codes, this edge answers them. A code missing here fails the typecheck.
 */
const statusByCode: Record<AppErrorCode | EdgeErrorCode, number> = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_text: 400,
  request_aborted: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_rejected: 403,
  not_found: 404,
  route_not_found: 404,
  conflict: 409,
  version_conflict: 409,
  job_finished: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rule_violated: 422,
  precondition_required: 428,
  too_many_attempts: 429,
  internal_error: 500,
  service_unavailable: 503,
  database_unavailable: 503,
};

const isKnownCode = (code: string): code is AppErrorCode | EdgeErrorCode => Object.hasOwn(statusByCode, code);

/**
 * The status to answer an error with; a code this table does not know is a 500. Wrong credentials
 * from someone already signed in (their current password, to change it) are 403, not 401: they
 * are authenticated, and a 401 tells a client its session is gone (RFC 9110 §15.5.2, §15.5.4).
 */
export function statusOfError(error: AppError<string>): number {
  if (error.code === "invalid_credentials" && error.isReauthentication) return 403;
  return isKnownCode(error.code) ? statusByCode[error.code] : 500;
}
