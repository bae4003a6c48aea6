import { ceilTolerant } from "./tolerance";

/**
 * Shrinkage is the share of paid time lost to what the roster does not place itself: absence,
 * coaching, meetings, training. Breaks and lunches are placed by the roster, so they are not part
 * of it (counting them here too would staff them twice).
 */

/** Agents to schedule so that `agents` are productive: ceil(N / (1 − shrinkage)), with the
 * engine's one rounding rule (21 / (1 − 0.3) is 30, not 31). */
export function scheduledAgents(agents: number, shrinkageFraction = 0): number {
  return ceilTolerant(fractionalFte(agents, shrinkageFraction));
}

/** Unrounded N / (1 − shrinkage), for capacity planning. Throws RangeError outside [0, 1). */
export function fractionalFte(agents: number, shrinkageFraction = 0): number {
  if (!(shrinkageFraction >= 0 && shrinkageFraction < 1))
    throw new RangeError(`shrinkage must be in [0, 1), got ${shrinkageFraction}`);
  return agents / (1 - shrinkageFraction);
}
