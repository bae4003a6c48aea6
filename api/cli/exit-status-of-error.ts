import type { AppError, AppErrorCode } from "../errors/app-error";
import { EXIT_FAILURE, EXIT_INPUT_PROBLEM, type ExitStatus } from "./exit-status";

/**
 * The exit status of every application error code, decided here for the command line as
 * api/http/status-of-error.ts decides the HTTP status: what the person gave (a name, a file, a
 * value) is an input problem, exit 2; a service that cannot answer now is a failure, exit 1.
 */
const exitStatusByCode: Record<AppErrorCode, ExitStatus> = {
  validation_failed: EXIT_INPUT_PROBLEM,
  unauthenticated: EXIT_INPUT_PROBLEM,
  invalid_credentials: EXIT_INPUT_PROBLEM,
  forbidden: EXIT_INPUT_PROBLEM,
  not_found: EXIT_INPUT_PROBLEM,
  conflict: EXIT_INPUT_PROBLEM,
  version_conflict: EXIT_INPUT_PROBLEM,
  job_finished: EXIT_INPUT_PROBLEM,
  rule_violated: EXIT_INPUT_PROBLEM,
  too_many_attempts: EXIT_INPUT_PROBLEM,
  service_unavailable: EXIT_FAILURE,
};

const isKnownCode = (code: string): code is AppErrorCode => Object.hasOwn(exitStatusByCode, code);

/** The exit status for an application error; a code this table does not know is a failure (1). */
export const exitStatusOfError = (error: AppError<string>): ExitStatus =>
  isKnownCode(error.code) ? exitStatusByCode[error.code] : EXIT_FAILURE;
