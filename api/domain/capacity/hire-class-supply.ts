import { toEpochDay } from "../time/local-date";
import { hireContribution } from "./hire-class-ramp";
import type { HireClass } from "./plan";
import { weekIndexOfEpochDay, type WeeklyHorizon } from "./weekly-horizon";

/** A planned class week by week, in FTE: startedFte = paidFte + attritionFte; productiveFte ≤ paidFte. */
export interface HireClassSupply {
  hireClass: HireClass;
  startWeekIndex: number;
  startedFte: number[];
  paidFte: number[];
  productiveFte: number[];
  attritionFte: number[];
}

/**
 * Projects a class: its heads join in the plan week containing the start date (a class that started
 * before the horizon is in it from week 0 with `size` heads), are paid from then on, productive by
 * the training and ramp schedule, and leave by the cohort's own hazard. New hires have no known end
 * dates, so they face the full curve.
 */
export function projectHireClass(
  hireClass: HireClass,
  horizon: WeeklyHorizon,
  fullTimeMinutesPerWeek: number,
  hazardOfWeek: (weekIndex: number) => number,
): HireClassSupply {
  const weekCount = horizon.weeks.length;
  const startWeekIndex = weekIndexOfEpochDay(horizon, toEpochDay(hireClass.startDate));
  const classFte = (hireClass.size * hireClass.contractedMinutesPerWeek) / fullTimeMinutesPerWeek;
  const expected = hireContribution(
    startWeekIndex,
    weekCount,
    classFte,
    hireClass.trainingWeeks,
    hireClass.rampFractions,
    hazardOfWeek,
  );
  const startedFte = horizon.weeks.map((week) => (week.index >= startWeekIndex ? classFte : 0));
  return {
    hireClass,
    startWeekIndex,
    startedFte,
    paidFte: expected.paidFte,
    productiveFte: expected.productiveFte,
    attritionFte: startedFte.map((started, week) => started - expected.paidFte[week]),
  };
}
