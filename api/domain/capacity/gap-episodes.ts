import { formatReadableDate } from "../time/format-local-date";
import { toEpochDay, yearOfEpochDay } from "../time/local-date";
import type { CapacityWeek } from "./capacity-week";
import { explainGap, type GapCause } from "./gap-causes";
import { groupFlagRuns, SEVERITY_RANK, type GapFlag, type GapSeverity } from "./gap-flags";
import {
  recommendedClassProductiveFte,
  recommendHireClass,
  type HiringRecommendation,
  type RecommendationContext,
  type ShortWeek,
} from "./hiring-recommendation";

/** A run of flagged weeks with what caused it and the class that would close it. */
export interface GapEpisode {
  startWeekIndex: number;
  endWeekIndex: number;
  startDate: string;
  /** Last calendar day of the last flagged week (inclusive). */
  lastDate: string;
  flaggedWeekCount: number;
  peakShortFte: number;
  peakWeekStartDate: string;
  /** Σ of weekly shortfalls over the episode, in FTE-weeks. */
  shortFteWeeks: number;
  severity: GapSeverity;
  causes: GapCause[];
  /** "June 8 – August 30: up to 14 FTE short, mostly student exits". */
  summary: string;
  recommendation: HiringRecommendation;
}

/** "June 8 – August 30", with years only when the range crosses New Year. */
export function formatDateRange(startDate: string, lastDate: string): string {
  const [start, last] = [toEpochDay(startDate), toEpochDay(lastDate)];
  const withYear = yearOfEpochDay(start) !== yearOfEpochDay(last);
  return `${formatReadableDate(start, withYear)} – ${formatReadableDate(last, withYear)}`;
}

/** Rounds a shortfall up, so a director never reads fewer missing people than the plan projects. */
function summarise(startDate: string, lastDate: string, peakShortFte: number, causes: GapCause[]): string {
  const main = causes[0] ? `, mostly ${causes[0].label}` : "";
  return `${formatDateRange(startDate, lastDate)}: up to ${Math.ceil(peakShortFte - 1e-9)} FTE short${main}`;
}

/**
 * The class for one episode, sized against what is still short once the classes recommended for
 * earlier episodes are added (`extraFte`), so following every recommendation does not over-hire.
 */
function recommendFor(
  shortWeeks: ShortWeek[],
  extraFte: number[],
  context: RecommendationContext,
): HiringRecommendation {
  const remaining = shortWeeks
    .map((week) => ({ weekIndex: week.weekIndex, shortFte: week.shortFte - extraFte[week.weekIndex] }))
    .filter((week) => week.shortFte > 1e-9);
  if (remaining.length > 0) return recommendHireClass(remaining, context);
  return { ...recommendHireClass(shortWeeks, context), classSize: 0, isCoveredByEarlierClass: true };
}

function toEpisode(
  run: GapFlag[],
  weeks: CapacityWeek[],
  extraFte: number[],
  context: RecommendationContext,
): GapEpisode {
  const [first, last] = [run[0], run[run.length - 1]];
  const peak = run.reduce((worst, flag) => (flag.shortFte > worst.shortFte ? flag : worst));
  const spanned = weeks.slice(first.weekIndex, last.weekIndex + 1);
  const shortWeeks = spanned
    .filter((week) => week.gapFte > 0)
    .map((week) => ({ weekIndex: week.index, shortFte: week.gapFte }));
  const causes = explainGap(weeks, peak.weekIndex);
  return {
    startWeekIndex: first.weekIndex,
    endWeekIndex: last.weekIndex,
    startDate: first.weekStartDate,
    lastDate: last.weekLastDate,
    flaggedWeekCount: run.length,
    peakShortFte: peak.shortFte,
    peakWeekStartDate: peak.weekStartDate,
    shortFteWeeks: shortWeeks.reduce((sum, week) => sum + week.shortFte, 0),
    severity: run.reduce<GapSeverity>(
      (worst, flag) => (SEVERITY_RANK[flag.severity] > SEVERITY_RANK[worst] ? flag.severity : worst),
      "low",
    ),
    causes,
    summary: summarise(first.weekStartDate, last.weekLastDate, peak.shortFte, causes),
    recommendation: recommendFor(shortWeeks, extraFte, context),
  };
}

/**
 * Groups flagged weeks into episodes (see groupFlagRuns) and explains and answers each, in date
 * order, each recommendation counting the classes recommended before it.
 */
export function buildGapEpisodes(
  flags: GapFlag[],
  weeks: CapacityWeek[],
  bridgeWeeks: number,
  context: RecommendationContext,
): GapEpisode[] {
  const extraFte = Array<number>(weeks.length).fill(0);
  return groupFlagRuns(flags, bridgeWeeks).map((run) => {
    const episode = toEpisode(run, weeks, extraFte, context);
    recommendedClassProductiveFte(episode.recommendation, context).forEach((fte, week) => (extraFte[week] += fte));
    return episode;
  });
}
