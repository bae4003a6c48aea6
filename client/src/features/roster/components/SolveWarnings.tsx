import type { ProblemWarningDto } from "../../../../../api/contracts/roster-problem";

/** What a solve did with input it did not take as given (summed, dropped, ignored, without a forecast); nothing when there is none. */
export function SolveWarnings({ warnings }: { warnings: ProblemWarningDto[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="notice notice--warn" role="status" data-testid="solve-warnings">
      <strong>{warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`}</strong>
      <ul className="small">
        {warnings.map((warning, index) => (
          <li key={`${warning.code}-${index}`} data-code={warning.code}>
            {warning.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
