import type { z } from "zod";
import type { FieldProblem } from "../contracts/errors";

/** A zod failure as field problems, each naming its path (under `prefix`, such as ["body"]). */
export const fieldProblemsOf = (error: z.ZodError, prefix: string[] = []): FieldProblem[] =>
  error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join(".") || "(root)",
    message: issue.message,
  }));
