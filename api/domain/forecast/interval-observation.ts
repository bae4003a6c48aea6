/** One interval of history: the plain data an import produces and a forecast consumes. */
export interface IntervalObservation {
  intervalStartUtcMs: number;
  count: number;
  /** Mean handle time of the interval's contacts; null when the history has none. */
  ahtSeconds: number | null;
}
