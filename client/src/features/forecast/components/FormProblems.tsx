import type { FieldProblem } from "../../../../../api/contracts/errors";
import { ApiError, errorMessageOf } from "../../../lib/api-client";

const isFieldProblem = (detail: unknown): detail is FieldProblem =>
  typeof detail === "object" &&
  detail !== null &&
  typeof (detail as FieldProblem).path === "string" &&
  typeof (detail as FieldProblem).message === "string";

/** The field problems the server named when it refused a request (`body.factor`, `body.localDate` …). */
export const fieldProblemsOf = (error: unknown): FieldProblem[] =>
  error instanceof ApiError ? error.details.filter(isFieldProblem) : [];

/** Whether the server refused the field at `path`, for aria-invalid on its input. */
export const isFieldRefused = (error: unknown, path: string) =>
  fieldProblemsOf(error).some((problem) => problem.path === path);

/**
 * Why the server refused a form, said in the form: each field problem under the label the person
 * sees ("Scale by: Too big: expected number to be <=100"), else the error's message and code.
 */
export function FormProblems({
  id,
  error,
  labels,
}: {
  id: string;
  error: unknown;
  labels: Readonly<Record<string, string>>;
}) {
  const problems = fieldProblemsOf(error);
  return (
    <div id={id} className="notice notice--error" role="alert">
      <strong>Not saved.</strong>{" "}
      {problems.length === 0 ? (
        errorMessageOf(error)
      ) : (
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.path}:${problem.message}`}>
              {labels[problem.path] ?? problem.path}: {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
