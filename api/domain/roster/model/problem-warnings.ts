import { MS_PER_MINUTE } from "../../time/durations";

/**
 * What a roster solve did with input it accepted but did not take as given. Stable codes, so a
 * client can act on them; the message says it for a person.
 * - duplicate_requirements: rows for the same queue and interval, summed into one requirement;
 * - requirements_outside_period: rows whose interval starts outside [periodStartUtc, periodEndUtc), dropped;
 * - unknown_skill_queue: an agent skill naming a queue the problem does not have, ignored;
 * - intervals_without_forecast: queue intervals of the period no stored forecast covers, so they
 *   carry no requirement (problems built from the database only).
 */
export type ProblemWarningCode =
  "duplicate_requirements" | "requirements_outside_period" | "unknown_skill_queue" | "intervals_without_forecast";

export interface ProblemWarning {
  code: ProblemWarningCode;
  message: string;
  /** How many rows, skills or intervals the warning is about. */
  count: number;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const duplicateRequirementsWarning = (duplicateRows: number, intervals: number): ProblemWarning => ({
  code: "duplicate_requirements",
  message: `${plural(duplicateRows, "requirement row repeats", "requirement rows repeat")} a queue interval already given; the required agents of ${plural(intervals, "interval were", "intervals were")} summed`,
  count: duplicateRows,
});

export const outsidePeriodWarning = (droppedRows: number): ProblemWarning => ({
  code: "requirements_outside_period",
  message: `${plural(droppedRows, "requirement row starts", "requirement rows start")} outside the solve period and ${droppedRows === 1 ? "was" : "were"} dropped`,
  count: droppedRows,
});

/** One warning per agent skill that names no queue of the problem (`queueIds`); such a skill is ignored. */
export function unknownSkillWarnings(
  queueIds: ReadonlySet<string>,
  agents: readonly { id: string; skills: readonly string[] }[],
): ProblemWarning[] {
  return agents.flatMap((agent) =>
    [...new Set(agent.skills)]
      .filter((skill) => !queueIds.has(skill))
      .map((skill) => ({
        code: "unknown_skill_queue" as const,
        message: `agent ${agent.id} has skill ${skill}, which is not a queue of the problem; the skill is ignored`,
        count: 1,
      })),
  );
}

/** Spans of the period (UTC, half-open) that no stored forecast of a queue covers: those intervals carry no requirement. */
export function intervalsWithoutForecastWarning(
  queueName: string,
  spans: { startMs: number; endMs: number }[],
  intervalMinutes: number,
): ProblemWarning {
  const intervals = spans.reduce(
    (sum, span) => sum + Math.ceil((span.endMs - span.startMs) / (intervalMinutes * MS_PER_MINUTE)),
    0,
  );
  const listed = spans
    .map((span) => `${new Date(span.startMs).toISOString()} to ${new Date(span.endMs).toISOString()}`)
    .join(" and ");
  return {
    code: "intervals_without_forecast",
    message: `no stored forecast of ${queueName} covers ${listed} (${plural(intervals, "interval", "intervals")}); they carry no requirement: forecast the queue over the whole period to staff them`,
    count: intervals,
  };
}
