import { intervalStartMs, nameInstant, type ModelContext } from "../milp/model-context";
import { MS_PER_MINUTE } from "../../time/durations";

/**
 * Soft rule family "coverage": for every queue and interval,
 * `cover(queue=…,t=…)`: Σ on-phone agents + short − over = required agents.
 * `short` (at most the requirement) costs weights.shortAgentMinute × the queue's priorityWeight per
 * agent-minute; `over` costs weights.overAgentMinute per agent-minute. Both variables are in agents,
 * so one unit is intervalMinutes agent-minutes.
 */

export interface CoverageVariables {
  queue: number;
  interval: number;
  required: number;
  /** Variable index of the shortfall, or -1 when nothing is required. */
  short: number;
  /** Variable index of the excess, or -1 when no one can work the interval. */
  over: number;
}

export function addCoverage(context: ModelContext): CoverageVariables[] {
  const { prepared, builder } = context;
  const { weights, queues } = prepared.source;
  const intervalMinutes = prepared.intervalMs / MS_PER_MINUTE;
  const result: CoverageVariables[] = [];
  prepared.queueIds.forEach((queueId, queue) => {
    for (let interval = 0; interval < prepared.intervalCount; interval += 1) {
      const required = prepared.requiredAgents[queue][interval];
      const terms = context.coverTerms.get(queue * prepared.intervalCount + interval) ?? [];
      if (required <= 0 && terms.length === 0) continue;
      const label = `queue=${queueId},t=${nameInstant(intervalStartMs(context, interval))}`;
      const entry: CoverageVariables = { queue, interval, required, short: -1, over: -1 };
      if (required > 0) {
        const cost = weights.shortAgentMinute * queues[queue].priorityWeight * intervalMinutes;
        entry.short = builder.addVariable(
          { name: `short_cover(${label})`, lower: 0, upper: required, isInteger: false, cost },
          { rule: "short_cover", quantityPerUnit: intervalMinutes },
        );
      }
      if (terms.length > 0) {
        entry.over = builder.addVariable(
          {
            name: `over_cover(${label})`,
            lower: 0,
            upper: Infinity,
            isInteger: false,
            cost: weights.overAgentMinute * intervalMinutes,
          },
          { rule: "over_cover", quantityPerUnit: intervalMinutes },
        );
      }
      const slack = [
        ...(entry.short >= 0 ? [{ variable: entry.short, coefficient: 1 }] : []),
        ...(entry.over >= 0 ? [{ variable: entry.over, coefficient: -1 }] : []),
      ];
      builder.addRow("coverage", `cover(${label})`, [...terms, ...slack], required, required);
      result.push(entry);
    }
  });
  return result;
}
