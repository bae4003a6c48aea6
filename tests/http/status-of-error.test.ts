import { describe, expect, it } from "vitest";
import { AppError, appErrorCodes } from "../../api/errors/app-error";
import {
  conflict,
  forbidden,
  jobFinished,
  notFound,
  serviceUnavailable,
  unauthenticated,
  validationFailed,
  versionConflict,
} from "../../api/errors/app-errors";
import {
  edgeErrorCodes,
  invalidJson,
  payloadTooLarge,
  preconditionRequired,
  routeNotFound,
} from "../../api/http/edge-errors";
import { statusOfError } from "../../api/http/status-of-error";

/** The status the API answers each code with: a change here is a change of the API. */
const expectedStatus: Record<string, number> = {
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

describe("statusOfError, the one code → HTTP status table", () => {
  it("gives every application and edge code its status", () => {
    const codes = [...appErrorCodes, ...edgeErrorCodes];
    expect(Object.fromEntries(codes.map((code) => [code, statusOfError(new AppError<string>(code, "m"))]))).toEqual(
      expectedStatus,
    );
  });

  it("answers a code it does not know with 500", () => {
    expect(statusOfError(new AppError<string>("no_such_code", "m"))).toBe(500);
    expect(statusOfError(new AppError<string>("toString", "m"))).toBe(500);
  });

  it("answers wrong credentials 401 at sign-in and 403 from someone already signed in", () => {
    expect(statusOfError(new AppError("invalid_credentials", "m"))).toBe(401);
    expect(statusOfError(new AppError("invalid_credentials", "m", [], { isReauthentication: true }))).toBe(403);
    expect(statusOfError(new AppError("forbidden", "m", [], { isReauthentication: true }))).toBe(403);
  });

  it("maps what the factories make", () => {
    const made = [
      validationFailed([{ path: "body.name", message: "is required" }]),
      unauthenticated(),
      forbidden(),
      notFound("Queue"),
      conflict("taken"),
      versionConflict("The draft", 3),
      jobFinished("succeeded"),
      serviceUnavailable("not now"),
      invalidJson("Unexpected token"),
      routeNotFound("GET", "/api/nothing"),
      payloadTooLarge("1 MB"),
      preconditionRequired("draft"),
    ];
    expect(made.map((error) => [error.code, statusOfError(error)])).toEqual([
      ["validation_failed", 400],
      ["unauthenticated", 401],
      ["forbidden", 403],
      ["not_found", 404],
      ["conflict", 409],
      ["version_conflict", 409],
      ["job_finished", 409],
      ["service_unavailable", 503],
      ["invalid_json", 400],
      ["route_not_found", 404],
      ["payload_too_large", 413],
      ["precondition_required", 428],
    ]);
  });
});
