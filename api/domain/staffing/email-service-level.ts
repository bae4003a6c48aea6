import { businessClock, type EmailInterval } from "./email-workload";

/**
 * The expected "answered within H business hours" share of each interval's items when the whole
 * agents staffed work the backlog first-in first-out, as a fluid: interval j works at most
 * agents_j × businessSeconds_j agent-seconds, never ahead of arrivals. Interval i's items take the
 * cumulative-work range [Wcum_{i−1}, Wcum_i); the share done by the deadline B_i + H is
 * (processed(B_i + H) − Wcum_{i−1}) / W_i, clamped to [0, 1]. null when nothing arrives, or when
 * the deadline lies past the series (the series cannot tell).
 */
export function emailServiceLevels(
  intervals: EmailInterval[],
  agents: number[],
  responseBusinessSeconds: number,
): Array<number | null> {
  const clock = businessClock(intervals);
  const arrivedThrough: number[] = [];
  const processedAtStart: number[] = [];
  let arrived = 0;
  let processed = 0;
  intervals.forEach((interval, j) => {
    arrived += interval.workloadAgentSeconds;
    arrivedThrough.push(arrived);
    processedAtStart.push(processed);
    processed = Math.min(arrived, processed + agents[j] * interval.businessSeconds);
  });
  const processedAt = (position: number, j: number) =>
    Math.min(arrivedThrough[j], processedAtStart[j] + agents[j] * (position - clock[j]));
  const seriesEnd = clock[intervals.length];
  let j = 0;
  let arrivedBefore = 0;
  return intervals.map((interval, i) => {
    const before = arrivedBefore;
    arrivedBefore += interval.workloadAgentSeconds;
    const deadline = clock[i] + responseBusinessSeconds;
    if (interval.workloadAgentSeconds === 0 || deadline > seriesEnd) return null;
    while (j + 1 < intervals.length && clock[j + 1] <= deadline) j++;
    const share = (processedAt(deadline, j) - before) / interval.workloadAgentSeconds;
    return Math.min(1, Math.max(0, share));
  });
}
