import type { CapacityPlanDetailDto } from "../../../../../api/contracts/capacity";
import { formatCalendarDate } from "../../../lib/zoned-time";

export type Episode = CapacityPlanDetailDto["result"]["episodes"][number];

export const formatFte = (fte: number) => fte.toFixed(1);
export const formatPercent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;

/** "June 8 – August 30: up to 14 FTE short, mostly student exits → recruit by …, start the class by …, class size N". */
export function recommendationText(episode: Episode): string {
  const recommendation = episode.recommendation;
  if (recommendation.isCoveredByEarlierClass) return `${episode.summary} → closed by the class recommended before it`;
  const late = recommendation.isTooLate
    ? ` (too late for ${recommendation.uncoveredWeekStartDates.length} week(s): recruiting should have started already)`
    : "";
  return `${episode.summary} → recruit by ${formatCalendarDate(recommendation.recruitByDate)}, start the class by ${formatCalendarDate(recommendation.classStartDate)}, class size ${recommendation.classSize} (${recommendation.attritionCohort})${late}`;
}
