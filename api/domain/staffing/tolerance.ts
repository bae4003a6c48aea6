/**
 * The one rounding rule of the staffing engine. Inputs are decimal fractions (0.3, 0.85, 0.33) that
 * binary floating point cannot hold exactly, so 21 / (1 − 0.3) evaluates to 30.000000000000004 and
 * 22.1 / 26 to 0.8500000000000001. Noise of that kind is ~1e-16 relative; a real difference in
 * headcount or in a target is many orders larger. A value within RELATIVE_TOLERANCE of a whole number
 * or of a target is therefore taken as equal to it: noise neither adds nor drops an agent.
 */
export const RELATIVE_TOLERANCE = 1e-9;

function slack(reference: number): number {
  return RELATIVE_TOLERANCE * Math.max(1, Math.abs(reference));
}

/** ceil(x), except that x within the tolerance above a whole number rounds down to it. */
export function ceilTolerant(x: number): number {
  const below = Math.floor(x);
  return x - below <= slack(x) ? below : below + 1;
}

/** value ≥ target, counting a shortfall within the tolerance as met. */
export function isAtLeast(value: number, target: number): boolean {
  return value >= target - RELATIVE_TOLERANCE * Math.abs(target);
}

/** value ≤ limit, counting an excess within the tolerance as met. */
export function isAtMost(value: number, limit: number): boolean {
  return value <= limit + RELATIVE_TOLERANCE * Math.abs(limit);
}
