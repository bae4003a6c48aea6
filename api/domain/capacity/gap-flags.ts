import type { CapacityWeek } from "./capacity-week";
import type { CapacityAssumptions, SeverityThresholds } from "./plan";

export type GapSeverity = "low" | "medium" | "high";

/** A week whose projected productive FTE falls short of required FTE by more than the tolerance. */
export interface GapFlag {
  weekIndex: number;
  weekStartDate: string;
  weekLastDate: string;
  requiredFte: number;
  productiveFte: number;
  shortFte: number;
  toleranceFte: number;
  /** shortFte ÷ requiredFte. */
  shortFraction: number;
  severity: GapSeverity;
}

/** The larger of the absolute and the relative tolerance, so small teams are not flagged for noise. */
export function gapToleranceFte(requiredFte: number, assumptions: CapacityAssumptions): number {
  return Math.max(assumptions.gapToleranceFte, assumptions.gapToleranceFraction * requiredFte);
}

export const SEVERITY_RANK: Record<GapSeverity, number> = { low: 0, medium: 1, high: 2 };

export function severityOf(shortFraction: number, thresholds: SeverityThresholds): GapSeverity {
  if (shortFraction >= thresholds.highFraction) return "high";
  if (shortFraction >= thresholds.mediumFraction) return "medium";
  return "low";
}

export function flagGapWeeks(weeks: CapacityWeek[], assumptions: CapacityAssumptions): GapFlag[] {
  return weeks.flatMap((week) => {
    const toleranceFte = gapToleranceFte(week.requiredFte, assumptions);
    if (!(week.gapFte > toleranceFte)) return [];
    const shortFraction = week.requiredFte > 0 ? week.gapFte / week.requiredFte : 1;
    return [
      {
        weekIndex: week.index,
        weekStartDate: week.weekStartDate,
        weekLastDate: week.weekLastDate,
        requiredFte: week.requiredFte,
        productiveFte: week.productiveFte,
        shortFte: week.gapFte,
        toleranceFte,
        shortFraction,
        severity: severityOf(shortFraction, assumptions.severity),
      },
    ];
  });
}

/** Runs of flagged weeks; runs separated by at most `bridgeWeeks` unflagged weeks are merged. */
export function groupFlagRuns(flags: GapFlag[], bridgeWeeks: number): GapFlag[][] {
  const runs: GapFlag[][] = [];
  for (const flag of flags) {
    const current = runs.at(-1);
    const previous = current?.at(-1);
    if (current && previous && flag.weekIndex - previous.weekIndex - 1 <= bridgeWeeks) current.push(flag);
    else runs.push([flag]);
  }
  return runs;
}
