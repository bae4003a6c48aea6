/**
 * Output numbers rounded at the edge to the precision of their unit, so sums of doubles such as
 * 9074.999999999169 agent-minutes leave as 9075 in JSON, CSV and the app. The solver math keeps full
 * precision; only presenters and serialisers call these.
 */
const DECIMALS = {
  /** agent-minutes, minutes, person-minutes, weighted objective units, agent-hours, calls, Erlangs, agents, seconds */
  quantity: 2,
  /** shares in 0–1: service levels, occupancies, error fractions */
  fraction: 4,
  /**
   * probabilities and shares of the Erlang calculator and a series' requirements: finer than a
   * roster's service level, so a pAbandon of 0.00004 still reads non-zero and a result stays
   * comparable with published tables (4 decimals), yet 6 decimals cannot print a run of round-off
   */
  probability: 6,
  /** relative gaps: fine enough to tell 1e-6 (proven optimal) from 1e-4 */
  gap: 6,
} as const;

/** Rounds half away from zero to a multiple of 1/scale; never answers -0. */
function roundToScale(value: number, scale: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale;
  return rounded === 0 ? 0 : rounded;
}

/** Rounds half away from zero to `decimals` places; never answers -0. */
export function roundTo(value: number, decimals: number): number {
  return roundToScale(value, 10 ** decimals);
}

/** A rounder to `decimals` places whose power of ten is worked out once, not on each of the many numbers of a batch. */
const rounderTo = (decimals: number) => {
  const scale = 10 ** decimals;
  return (value: number): number => roundToScale(value, scale);
};

export const roundQuantity = rounderTo(DECIMALS.quantity);
export const roundFraction = rounderTo(DECIMALS.fraction);
export const roundGap = rounderTo(DECIMALS.gap);
export const roundProbability = rounderTo(DECIMALS.probability);

/** The same rounding for a value that may be missing. */
export const roundNullable = <T extends number | null | undefined>(value: T, round: (value: number) => number): T =>
  typeof value === "number" ? (round(value) as T) : value;
