import { fromEpochDay, toEpochDay } from "../time/local-date";
import { hireContribution } from "./hire-class-ramp";
import type { HiringAssumptions } from "./plan";
import type { WeeklyHorizon } from "./weekly-horizon";

export interface ShortWeek {
  weekIndex: number;
  shortFte: number;
}

/** The class that closes an episode, and the two dates it needs. */
export interface HiringRecommendation {
  attritionCohort: string;
  vendor: string | null;
  /** Open the requisition by this date … */
  recruitByDate: string;
  /** … so the training class starts by this one. */
  classStartDate: string;
  firstProductiveWeekStartDate: string;
  classSize: number;
  /** True when recruiting would have had to start before asOf: some weeks cannot be closed in time. */
  isTooLate: boolean;
  /** True when the classes recommended for earlier episodes already close this one (classSize 0). */
  isCoveredByEarlierClass: boolean;
  uncoveredWeekStartDates: string[];
}

export interface RecommendationContext {
  horizon: WeeklyHorizon;
  hiring: HiringAssumptions;
  fullTimeMinutesPerWeek: number;
  /** The first plan week a class can start in (asOf plus the recruiting lead time). */
  earliestStartWeekIndex: number;
  hazardOfWeek: (weekIndex: number) => number;
}

interface Candidate {
  startWeekIndex: number;
  classSize: number;
  uncovered: ShortWeek[];
}

/** Heads needed so that in every short week the class's expected productive FTE covers the shortfall. */
function sizeClass(startWeekIndex: number, shortWeeks: ShortWeek[], context: RecommendationContext): Candidate {
  const { hiring, horizon } = context;
  const ftePerHead = hiring.contractedMinutesPerWeek / context.fullTimeMinutesPerWeek;
  const { productiveFte } = hireContribution(
    startWeekIndex,
    horizon.weeks.length,
    ftePerHead,
    hiring.trainingWeeks,
    hiring.rampFractions,
    context.hazardOfWeek,
  );
  const uncovered = shortWeeks.filter((week) => !(productiveFte[week.weekIndex] > 0));
  const heads = shortWeeks
    .filter((week) => productiveFte[week.weekIndex] > 0)
    .map((week) => Math.ceil(week.shortFte / productiveFte[week.weekIndex] - 1e-9));
  return { startWeekIndex, classSize: Math.max(0, ...heads), uncovered };
}

/**
 * Sizes and times one class to close an episode against the plan as given. The class must finish
 * training by the first short week, so the latest start is (first short week − training weeks);
 * starting up to the ramp's length earlier lets it reach full productivity first. Of those starts,
 * the one needing the fewest heads wins (ties: the latest, which costs the fewest paid weeks); the
 * size allows for the ramp and for the hiring cohort's own attrition. Recruiting opens the recruiting
 * lead time before the class. When even the earliest possible class (asOf + lead time) is too late
 * for the first weeks, the recommendation says so and lists the weeks it cannot cover.
 */
export function recommendHireClass(shortWeeks: ShortWeek[], context: RecommendationContext): HiringRecommendation {
  const { hiring, horizon } = context;
  const latestStart = shortWeeks[0].weekIndex - hiring.trainingWeeks;
  const earliestStart = Math.max(0, context.earliestStartWeekIndex);
  const candidates: Candidate[] = [];
  for (
    let start = latestStart;
    start >= Math.max(earliestStart, latestStart - hiring.rampFractions.length);
    start -= 1
  ) {
    candidates.push(sizeClass(start, shortWeeks, context));
  }
  const isTooLate = candidates.length === 0;
  const chosen = isTooLate
    ? sizeClass(earliestStart, shortWeeks, context)
    : candidates.reduce((best, candidate) => (candidate.classSize < best.classSize ? candidate : best));
  const classStartEpochDay = horizon.firstEpochDay + 7 * chosen.startWeekIndex;
  return {
    attritionCohort: hiring.attritionCohort,
    vendor: hiring.vendor ?? null,
    recruitByDate: fromEpochDay(classStartEpochDay - 7 * hiring.recruitingLeadWeeks),
    classStartDate: fromEpochDay(classStartEpochDay),
    firstProductiveWeekStartDate: fromEpochDay(classStartEpochDay + 7 * hiring.trainingWeeks),
    classSize: chosen.classSize,
    isTooLate,
    isCoveredByEarlierClass: false,
    uncoveredWeekStartDates: chosen.uncovered.map((week) => fromEpochDay(horizon.firstEpochDay + 7 * week.weekIndex)),
  };
}

/** Expected productive FTE per plan week of the class a recommendation describes. */
export function recommendedClassProductiveFte(
  recommendation: HiringRecommendation,
  context: RecommendationContext,
): number[] {
  const { hiring, horizon } = context;
  const startWeekIndex = Math.round((toEpochDay(recommendation.classStartDate) - horizon.firstEpochDay) / 7);
  const classFte = (recommendation.classSize * hiring.contractedMinutesPerWeek) / context.fullTimeMinutesPerWeek;
  return hireContribution(
    startWeekIndex,
    horizon.weeks.length,
    classFte,
    hiring.trainingWeeks,
    hiring.rampFractions,
    context.hazardOfWeek,
  ).productiveFte;
}
