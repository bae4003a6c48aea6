import type { FieldProblem } from "../contracts/errors";
import { AppError } from "./app-error";

/** The factories of the application's errors: one wording per code wherever a service throws it. */

export const validationFailed = (details: FieldProblem[], message = "The request is not valid") =>
  new AppError(
    "validation_failed",
    `${message}: ${details
      .slice(0, 3)
      .map((d) => `${d.path} ${d.message}`)
      .join("; ")}`,
    details,
  );
export const notFound = (what: string) => new AppError("not_found", `${what} was not found`);
export const conflict = (message: string, details: unknown[] = []) => new AppError("conflict", message, details);
export const versionConflict = (what: string, currentRevision: number) =>
  new AppError(
    "version_conflict",
    `${what} was changed since you read it (it is at revision ${currentRevision} now): read it again and redo your change`,
    [{ currentRevision }],
  );
/** A cancel (or another change) asked of a solve job that has already ended; details carry its status. */
export const jobFinished = (status: string) =>
  new AppError("job_finished", `The solve job has already finished (${status}); there is nothing to cancel`, [
    { path: "params.jobId", message: `the job is ${status}`, status },
  ]);
export const unauthenticated = () => new AppError("unauthenticated", "Sign in to use this endpoint");
export const forbidden = () => new AppError("forbidden", "Your role does not allow this");
export const serviceUnavailable = (message: string) => new AppError("service_unavailable", message);
