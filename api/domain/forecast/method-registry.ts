import type { ForecastMethod } from "./forecast-method";
import { holtWinters } from "./holt-winters";
import { meanOfLastWeekdays } from "./mean-last-weekdays";
import { medianOfLastWeekdays } from "./median-last-weekdays";
import { seasonalNaive } from "./seasonal-naive";
import { topDown } from "./top-down";

/**
 * The methods automatic selection chooses among and combines, and that `--method` can name.
 * Parameters are the ones that did best on the US bank series' training weeks (eight weeks of
 * intraday profile, a median of five weeks); the annual method is added for long horizons only.
 */
export const SELECTABLE_METHODS: readonly ForecastMethod[] = [
  seasonalNaive,
  meanOfLastWeekdays(4),
  medianOfLastWeekdays(5),
  holtWinters,
  topDown({ name: "top-down", profileWeeks: 8, fitLeadDays: 1 }),
];

export function findSelectableMethod(name: string): ForecastMethod | undefined {
  return SELECTABLE_METHODS.find((method) => method.name === name);
}

export function selectableMethodNames(): string[] {
  return SELECTABLE_METHODS.map((method) => method.name);
}
