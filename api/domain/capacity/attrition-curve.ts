import { WEEKS_PER_CURVE } from "./week-of-year";

/**
 * How an attrition cohort leaves over the year: the weekly hazard, i.e. the fraction of the agents
 * employed at the start of a week who leave during it, for each of the 52 week-of-year buckets.
 * `estimated` comes from history (estimate-attrition-curves.ts), `edited` is an estimate a director
 * changed, `manual` was typed in.
 */
export interface AttritionCurve {
  attritionCohort: string;
  weeklyHazardFractions: number[];
  source: "estimated" | "edited" | "manual";
}

export interface AttritionCurveEdit {
  /** 1 … 52. */
  weekOfYear: number;
  hazardFraction: number;
}

function assertHazard(value: number, what: string): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${what} must be a fraction in [0, 1], got ${value}`);
}

/** Constant weekly hazard that loses `annualAttritionFraction` of a closed group over 52 weeks. */
export function flatAttritionCurve(attritionCohort: string, annualAttritionFraction: number): AttritionCurve {
  assertHazard(annualAttritionFraction, "annualAttritionFraction");
  const weeklyHazard = 1 - (1 - annualAttritionFraction) ** (1 / WEEKS_PER_CURVE);
  return { attritionCohort, weeklyHazardFractions: Array(WEEKS_PER_CURVE).fill(weeklyHazard), source: "manual" };
}

/** Share of a closed group (no hires) that leaves over a full year: 1 − Π(1 − hazard). */
export function annualAttritionFraction(curve: AttritionCurve): number {
  return 1 - curve.weeklyHazardFractions.reduce((survival, hazard) => survival * (1 - hazard), 1);
}

/**
 * Adds a seasonal exit: over weeks `fromWeekOfYear` … `toWeekOfYear` (inclusive, wrapping past
 * week 52) an extra `lossFraction` of the group leaves, spread as an equal weekly hazard x with
 * (1 − x)^weeks = 1 − lossFraction, on top of the curve's own hazard.
 */
export function withSeasonalExit(
  curve: AttritionCurve,
  fromWeekOfYear: number,
  toWeekOfYear: number,
  lossFraction: number,
): AttritionCurve {
  assertHazard(lossFraction, "lossFraction");
  const weekCount = ((toWeekOfYear - fromWeekOfYear + WEEKS_PER_CURVE) % WEEKS_PER_CURVE) + 1;
  const extraHazard = 1 - (1 - lossFraction) ** (1 / weekCount);
  const hazards = [...curve.weeklyHazardFractions];
  for (let offset = 0; offset < weekCount; offset += 1) {
    const index = (fromWeekOfYear - 1 + offset) % WEEKS_PER_CURVE;
    hazards[index] = 1 - (1 - hazards[index]) * (1 - extraHazard);
  }
  return { ...curve, weeklyHazardFractions: hazards, source: curve.source === "estimated" ? "edited" : curve.source };
}

/** Sets single weeks' hazards (a director's edit); an estimated curve becomes `edited`. */
export function editAttritionCurve(curve: AttritionCurve, edits: AttritionCurveEdit[]): AttritionCurve {
  const hazards = [...curve.weeklyHazardFractions];
  for (const edit of edits) {
    if (!Number.isInteger(edit.weekOfYear) || edit.weekOfYear < 1 || edit.weekOfYear > WEEKS_PER_CURVE) {
      throw new RangeError(`weekOfYear must be 1 … ${WEEKS_PER_CURVE}, got ${edit.weekOfYear}`);
    }
    assertHazard(edit.hazardFraction, `hazard of week ${edit.weekOfYear}`);
    hazards[edit.weekOfYear - 1] = edit.hazardFraction;
  }
  return { ...curve, weeklyHazardFractions: hazards, source: curve.source === "manual" ? "manual" : "edited" };
}

/** The hazard used in a plan week: the curve's value times the scenario multiplier, capped at 1. */
export function scaledWeeklyHazard(curve: AttritionCurve, weekOfYear: number, multiplier: number): number {
  return Math.min(1, curve.weeklyHazardFractions[weekOfYear - 1] * multiplier);
}
