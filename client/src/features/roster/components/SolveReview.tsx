import { z } from "zod";
import { problemWarningSchema } from "../../../../../api/contracts/roster-problem";
import type { scheduleVersion } from "../../../../../api/contracts/schedules";
import { formatInZone } from "../../../lib/zoned-time";
import { useSolveJobResult } from "../api/queries";
import { SolveWarnings } from "./SolveWarnings";

type Version = z.infer<typeof scheduleVersion>;

/** The part of a roster solve's result this page explains (the job's result is opaque in its contract). */
const solveResult = z.object({
  objective: z.object({
    total: z.number(),
    breakdown: z.array(z.object({ rule: z.string(), unit: z.string(), quantity: z.number(), cost: z.number() })),
  }),
  uncovered: z.array(
    z.object({
      queueId: z.string(),
      intervalStartUtc: z.string(),
      shortAgents: z.number(),
      skilledAgents: z.array(z.object({ agentId: z.string(), reason: z.string() })),
    }),
  ),
  warnings: z.array(problemWarningSchema).default([]).describe("absent from results solved before warnings existed"),
});

const ruleNames: Record<string, string> = {
  short_cover: "Short of the requirement",
  over_cover: "Over the requirement",
  below_contract: "Below contracted minutes",
  weekend_spread: "Weekend fairness",
  night_spread: "Night fairness",
  avoided_time: "Times agents prefer to avoid",
};
const reasonNames: Record<string, string> = {
  availability: "not available",
  time_off: "time off",
  rest: "rest rule",
  max_minutes_per_week: "weekly maximum",
  max_shifts_per_week: "shift maximum",
  on_break: "on break",
  serving_other_queue: "serving another queue",
  cost_tradeoff: "cheaper elsewhere",
};

const amount = (value: number | null) =>
  value === null ? "–" : value.toLocaleString("en-GB", { maximumFractionDigits: 1 });

/** Why the roster costs what it does: objective by rule, the proven bound and gap, and the short intervals with the rules that kept skilled agents off them. */
export function SolveReview({
  version,
  queueNames,
  timeZone,
}: {
  version: Version;
  queueNames: Map<string, string>;
  timeZone: string;
}) {
  const job = useSolveJobResult(version.solveJobId);
  const summary = version.solveSummary;
  if (!summary) return <p className="muted">Version {version.number} was made by hand: no solve to review.</p>;
  const parsed = solveResult.safeParse(job.data?.result);
  const result = parsed.success ? parsed.data : null;
  const worst = result ? [...result.uncovered].sort((a, b) => b.shortAgents - a.shortAgents).slice(0, 8) : [];
  return (
    <section className="panel" aria-labelledby="review-title">
      <h2 id="review-title">Solve review</h2>
      <dl className="facts facts--four">
        <div>
          <dt>Objective</dt>
          <dd className="figure">{amount(summary.objectiveTotal)}</dd>
        </div>
        <div>
          <dt>Lower bound</dt>
          <dd>{amount(summary.lowerBound)}</dd>
        </div>
        <div>
          <dt>Gap</dt>
          <dd data-testid="solve-gap">
            {summary.relativeGap === null ? "–" : `${(summary.relativeGap * 100).toFixed(1)} %`}
            {summary.absoluteGap !== null ? ` (${amount(summary.absoluteGap)})` : ""}
          </dd>
        </div>
        <div>
          <dt>Solver</dt>
          <dd>
            {summary.status} in {summary.solveSeconds.toFixed(1)} s
          </dd>
        </div>
        <div>
          <dt>Uncovered intervals</dt>
          <dd>
            {summary.uncoveredIntervals}
            {summary.isUnderstaffed ? " (understaffed)" : ""}
          </dd>
        </div>
      </dl>
      {result && <SolveWarnings warnings={result.warnings} />}
      {result && (
        <div className="review-columns">
          <table className="table table--compact">
            <caption className="muted small">Objective by rule (weighted; costs add up to the objective)</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Amount</th>
                <th scope="col">Cost</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {result.objective.breakdown.map((item) => (
                <tr key={item.rule}>
                  <td>{ruleNames[item.rule] ?? item.rule}</td>
                  <td>
                    {amount(item.quantity)} {item.unit}
                  </td>
                  <td>{amount(item.cost)}</td>
                  <td>
                    {result.objective.total > 0 ? `${((item.cost / result.objective.total) * 100).toFixed(0)} %` : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="table table--compact">
            <caption className="muted small">
              Most short intervals ({timeZone}) and what kept skilled agents off them
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Queue</th>
                <th scope="col">Short</th>
                <th scope="col">Binding rules</th>
              </tr>
            </thead>
            <tbody>
              {worst.map((item) => {
                const reasons = new Map<string, number>();
                for (const agent of item.skilledAgents) reasons.set(agent.reason, (reasons.get(agent.reason) ?? 0) + 1);
                return (
                  <tr key={`${item.queueId}-${item.intervalStartUtc}`}>
                    <td>
                      {formatInZone(item.intervalStartUtc, timeZone, {
                        weekday: "short",
                        day: "numeric",
                        month: "short",
                        hour: "2-digit",
                        minute: "2-digit",
                        hourCycle: "h23",
                      })}
                    </td>
                    <td>{queueNames.get(item.queueId) ?? "queue"}</td>
                    <td>{amount(item.shortAgents)}</td>
                    <td className="small">
                      {[...reasons]
                        .sort((a, b) => b[1] - a[1])
                        .map(([reason, count]) => `${count} ${reasonNames[reason] ?? reason}`)
                        .join(", ")}
                    </td>
                  </tr>
                );
              })}
              {worst.length === 0 && (
                <tr>
                  <td colSpan={4}>Every interval is covered.</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
