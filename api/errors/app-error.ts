/**
 * The codes of the errors services throw, stable snake_case strings that clients and tests read
 * (`{ error: { code, message, details } }`). They say what went wrong, not how a transport answers
 * it: the HTTP status of each is decided once, in api/http/status-of-error.ts, and the CLI's exit
 * status in api/cli/exit-status-of-error.ts. Errors that only the HTTP edge raises (a body that is
 * not JSON, an unknown route…) have their codes in api/http/edge-errors.ts.
 */
export const appErrorCodes = [
  "validation_failed",
  "unauthenticated",
  "invalid_credentials",
  "forbidden",
  "not_found",
  "conflict",
  "version_conflict",
  "job_finished",
  "rule_violated",
  "too_many_attempts",
  "service_unavailable",
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

/**
 * An error with a stable code, a message for a person and details a client can act on (field
 * problems, rule findings, the current revision). It carries no transport status. The code is not
 * inferred from the argument (NoInfer), so `new AppError("not_foud", …)` fails the typecheck; the
 * HTTP edge names its own codes with `AppError<EdgeErrorCode>`.
 */
export class AppError<Code extends string = AppErrorCode> extends Error {
  /**
   * The credentials were asked again of someone already signed in (their current password, to
   * change it): refused, but the caller is still who they were, so the edge need not sign them out.
   */
  readonly isReauthentication: boolean;

  constructor(
    readonly code: NoInfer<Code>,
    message: string,
    readonly details: unknown[] = [],
    options: { isReauthentication?: boolean } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.isReauthentication = options.isReauthentication ?? false;
  }
}
