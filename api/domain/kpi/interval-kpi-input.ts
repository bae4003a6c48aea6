import type { IntervalActual } from "../actuals/interval-actual";

/** Everything known about one queue interval: the plan (forecast, requirement, roster) and what happened. */
export interface IntervalKpiInput {
  intervalStartUtcMs: number;
  /** The stored forecast's expected volume; null without a forecast. */
  forecastVolume: number | null;
  /** Agents the forecast required (Erlang on the forecast load); null without a forecast. */
  requiredAgents: number | null;
  /** Agents the same staffing engine requires for the actual load (offered × actual AHT); null without actuals. */
  requiredFromActualAgents: number | null;
  /** On-phone agents of the published roster; 0 when nothing was published for the interval. */
  scheduledAgents: number;
  /** Scheduled minus recorded absences; Shiftcast records no absences yet, so equal to scheduled. */
  presentAgents: number;
  actual: IntervalActual | null;
}
