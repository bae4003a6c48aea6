import type { CapacityWeek } from "./capacity-week";

/** Something that made a week short, in FTE, measured from the first plan week. */
export interface GapCause {
  kind: "exits" | "demand" | "starting-shortfall";
  /** Set for `exits`. */
  attritionCohort?: string;
  label: string;
  fte: number;
}

/**
 * Splits a week's shortfall into what changed since the first plan week: the gap then
 * (`starting-shortfall`), the rise in required FTE (`demand`), and each cohort's exits (known
 * departures, expected attrition and new hires lost). Hires and joiners offset these and are not
 * causes. Only positive contributions are returned, largest first.
 */
export function explainGap(weeks: CapacityWeek[], weekIndex: number): GapCause[] {
  const first = weeks[0];
  const week = weeks[weekIndex];
  const exitsAtStart = new Map(first.cohorts.map((cohort) => [cohort.attritionCohort, cohort.exitsFte]));
  const causes: GapCause[] = [
    { kind: "starting-shortfall", label: "a shortfall already at the start", fte: first.gapFte },
    { kind: "demand", label: "higher demand", fte: week.requiredFte - first.requiredFte },
    ...week.cohorts.map((cohort) => ({
      kind: "exits" as const,
      attritionCohort: cohort.attritionCohort,
      label: `${cohort.attritionCohort} exits`,
      fte: cohort.exitsFte - (exitsAtStart.get(cohort.attritionCohort) ?? 0),
    })),
  ];
  return causes.filter((cause) => cause.fte > 1e-9).sort((a, b) => b.fte - a.fte);
}
