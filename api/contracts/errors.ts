import { z } from "zod";

/** The one error shape every endpoint answers with. */
export const errorResponse = z.object({
  error: z.object({
    code: z.string().describe("stable snake_case code, e.g. validation_failed"),
    message: z.string(),
    details: z.array(z.unknown()),
  }),
});

export type ErrorResponse = z.infer<typeof errorResponse>;

/** A field-level problem: where (path) and why. Row-level import problems add `row`. */
export const fieldProblem = z.object({
  path: z.string(),
  message: z.string(),
  row: z.number().int().optional(),
  column: z.string().optional(),
});

export type FieldProblem = z.infer<typeof fieldProblem>;
