import type { DayGrid } from "./day-grid";
import type { OpeningHours } from "./opening-hours";

/** What every method is trained on: the prepared grid (special days out) and the opening hours. */
export interface TrainingData {
  grid: DayGrid;
  openingHours: OpeningHours;
}

/**
 * A fitted model. `forecastDays` forecasts the `horizonDays` days after the last day of `grid`,
 * which must be the training grid or a longer prefix of the same history (a backtest fits once
 * before its first origin, then moves the origin forward without refitting). Returns counts per
 * slot, day-major, before opening hours and special days are applied; NaN where it cannot say.
 */
export interface FittedModel {
  forecastDays(grid: DayGrid, horizonDays: number): Float64Array;
}

export interface ForecastMethod {
  name: string;
  /** Whether the method can be fitted on this history (e.g. annual needs a year). */
  isApplicable(training: TrainingData): boolean;
  fit(training: TrainingData): FittedModel;
}
