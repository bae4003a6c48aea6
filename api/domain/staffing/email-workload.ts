/**
 * Email/async staffing for "X % first response within H business hours". Not Erlang C: an email
 * does not hang up and can be answered any time within its window, so the requirement is a
 * workload spread: the usual deferred-work rule of WFM practice, agents = workload ÷ the time
 * available to complete it. The model, on a business clock that stops outside opening hours:
 * - interval i brings W_i = volume × AHT agent-seconds, all taken to arrive at its start B_i
 *   (conservative: every item's window starts at the earliest possible moment);
 * - the share X of W_i is worked evenly over [B_i, B_i + H), the rest evenly over
 *   [B_i + H, B_i + 2H): late items are answered one window late, none is dropped;
 * - the fluid agents in interval j are the work placed in it ÷ its business seconds.
 * Work whose window runs past the series is placed only where the series covers it.
 */
export interface EmailInterval {
  workloadAgentSeconds: number;
  businessSeconds: number;
}

export interface EmailPlanSettings {
  responseBusinessSeconds: number;
  responseFraction: number;
}

/** Business-clock position of each interval start; the last entry is the series end. */
export function businessClock(intervals: EmailInterval[]): number[] {
  const clock = [0];
  for (const interval of intervals) clock.push(clock[clock.length - 1] + interval.businessSeconds);
  return clock;
}

/** Spreads `work` evenly over the business span [from, to) onto the intervals, from index `first`. */
function spread(placed: number[], clock: number[], first: number, from: number, to: number, work: number): void {
  const density = work / (to - from);
  for (let j = first; j < placed.length && clock[j] < to; j++) {
    const overlap = Math.min(to, clock[j + 1]) - Math.max(from, clock[j]);
    if (overlap > 0) placed[j] += density * overlap;
  }
}

/** Fluid (unrounded) agents per interval. */
export function planEmailAgents(intervals: EmailInterval[], settings: EmailPlanSettings): number[] {
  const clock = businessClock(intervals);
  const placed = intervals.map(() => 0);
  const window = settings.responseBusinessSeconds;
  intervals.forEach((interval, i) => {
    if (interval.workloadAgentSeconds === 0) return;
    const onTime = interval.workloadAgentSeconds * settings.responseFraction;
    spread(placed, clock, i, clock[i], clock[i] + window, onTime);
    spread(placed, clock, i, clock[i] + window, clock[i] + 2 * window, interval.workloadAgentSeconds - onTime);
  });
  return placed.map((work, j) => (intervals[j].businessSeconds > 0 ? work / intervals[j].businessSeconds : 0));
}
