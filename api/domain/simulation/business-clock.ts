/**
 * Business (open) time on the simulation's grid, for response windows counted in business hours
 * (an email queue's targetResponseHours): each interval's open seconds, from
 * api/domain/staffing/business-seconds.ts, spread evenly within the interval. Exact when the
 * openings start and end on interval boundaries, as a queue's business hours on its own grid do.
 */
export class BusinessClock {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly openSecondsPerInterval: readonly number[],
    private readonly intervalSeconds: number,
  ) {
    this.cumulative = new Float64Array(openSecondsPerInterval.length + 1);
    openSecondsPerInterval.forEach((open, index) => (this.cumulative[index + 1] = this.cumulative[index]! + open));
  }

  /** Business seconds from the period start to `seconds` (clamped to the grid). */
  at(seconds: number): number {
    const intervals = this.openSecondsPerInterval.length;
    const clamped = Math.min(Math.max(seconds, 0), intervals * this.intervalSeconds);
    const interval = Math.min(intervals - 1, Math.floor(clamped / this.intervalSeconds));
    const within = (clamped - interval * this.intervalSeconds) / this.intervalSeconds;
    return this.cumulative[interval]! + this.openSecondsPerInterval[interval]! * within;
  }

  /** Business seconds in [from, to). */
  between(from: number, to: number): number {
    return this.at(to) - this.at(from);
  }
}
