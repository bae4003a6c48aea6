/** One published roster week: hours rostered against hours the staffing requirement asked for. */
export interface RosterWeekHours {
  rosteredAgentHours: number;
  requiredAgentHours: number;
}

/** Used when the organisation has no recent rosters to learn from (issue 8: "else 10 %"). */
export const DEFAULT_SCHEDULE_EFFICIENCY_FRACTION = 0.1;

/**
 * The schedule-efficiency allowance learned from recent rosters: Σ rostered ÷ Σ required − 1, the
 * extra hours whole shifts cost over the requirement curve, floored at 0 (a roster below
 * requirement is understaffed, not efficient). Falls back to the 10 % default without data.
 */
export function estimateScheduleEfficiencyFraction(weeks: RosterWeekHours[]): number {
  const rostered = weeks.reduce((sum, week) => sum + week.rosteredAgentHours, 0);
  const required = weeks.reduce((sum, week) => sum + week.requiredAgentHours, 0);
  if (required <= 0) return DEFAULT_SCHEDULE_EFFICIENCY_FRACTION;
  return Math.max(0, rostered / required - 1);
}
