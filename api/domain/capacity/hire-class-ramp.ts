/**
 * Productivity of a trainee `weeksSinceStart` weeks after the class started (week 0 is the first
 * training week): 0 during training, then the ramp fractions one week each, then 1.
 */
export function productivityFraction(weeksSinceStart: number, trainingWeeks: number, rampFractions: number[]): number {
  if (weeksSinceStart < trainingWeeks) return 0;
  const rampWeek = weeksSinceStart - trainingWeeks;
  return rampWeek < rampFractions.length ? rampFractions[rampWeek] : 1;
}

/**
 * For `fteAtStart` FTE of new hires starting in week `startWeekIndex`: the expected FTE still
 * employed (paid) and the expected productive FTE in each of `weekCount` plan weeks. Survivors
 * follow the cohort's own weekly hazard from the first training week on (`hazardOfWeek(index)`).
 * Linear in `fteAtStart`, so one head's contribution times the class size is the class's.
 */
export function hireContribution(
  startWeekIndex: number,
  weekCount: number,
  fteAtStart: number,
  trainingWeeks: number,
  rampFractions: number[],
  hazardOfWeek: (weekIndex: number) => number,
): { paidFte: number[]; productiveFte: number[] } {
  const paidFte = Array<number>(weekCount).fill(0);
  const productiveFte = Array<number>(weekCount).fill(0);
  let survival = 1;
  for (let week = Math.max(0, startWeekIndex); week < weekCount; week += 1) {
    paidFte[week] = fteAtStart * survival;
    productiveFte[week] = paidFte[week] * productivityFraction(week - startWeekIndex, trainingWeeks, rampFractions);
    survival *= 1 - hazardOfWeek(week);
  }
  return { paidFte, productiveFte };
}
