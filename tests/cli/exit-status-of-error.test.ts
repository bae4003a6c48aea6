import { describe, expect, it } from "vitest";
import { AppError, appErrorCodes } from "../../api/errors/app-error";
import { exitStatusOfError } from "../../api/cli/exit-status-of-error";
import { statusOfError } from "../../api/http/status-of-error";

describe("exitStatusOfError, the one code → CLI exit status table", () => {
  it("exits 2 for what the person gave and 1 for a service that cannot answer now", () => {
    expect(Object.fromEntries(appErrorCodes.map((code) => [code, exitStatusOfError(new AppError(code, "m"))]))).toEqual(
      {
        validation_failed: 2,
        unauthenticated: 2,
        invalid_credentials: 2,
        forbidden: 2,
        not_found: 2,
        conflict: 2,
        version_conflict: 2,
        job_finished: 2,
        rule_violated: 2,
        too_many_attempts: 2,
        service_unavailable: 1,
      },
    );
  });

  it("keeps the import command's rule: exit 2 exactly for the codes HTTP answers below 500", () => {
    for (const code of appErrorCodes) {
      const error = new AppError(code, "m");
      expect({ code, exit: exitStatusOfError(error) }).toEqual({ code, exit: statusOfError(error) < 500 ? 2 : 1 });
    }
  });

  it("exits 1 for a code it does not know", () => {
    expect(exitStatusOfError(new AppError<string>("no_such_code", "m"))).toBe(1);
    expect(exitStatusOfError(new AppError<string>("hasOwnProperty", "m"))).toBe(1);
  });
});
