import type { IntradayReforecast } from "./intraday-reforecast";
import type { IntervalMinutes } from "../time/interval-minutes";
import type { IntervalObservation } from "./interval-observation";
import type { OpeningHours } from "./opening-hours";
import type { SpecialDay } from "./special-day";
import type { BandSelection } from "./select-method";
import type { BandAccuracy } from "./method-scores";

export const MAX_HORIZON_DAYS = 364;
/** Days after the first operating day that still use the week-ahead choice; beyond is long range. */
export const WEEK_BAND_DAYS = 56;

export interface QueueForecastRequest {
  history: readonly IntervalObservation[];
  zoneName: string;
  intervalMinutes: IntervalMinutes;
  /** Calendar days to forecast, 1 … 364 (52 weeks). */
  horizonDays: number;
  /** First instant to forecast; default: local midnight after the last history day. */
  startUtcMs?: number;
  /** "auto" or one of selectableMethodNames(). */
  method: string;
  specialDays?: readonly SpecialDay[];
  openingHours?: OpeningHours;
}

export interface ForecastInterval {
  intervalStartUtcMs: number;
  expected: number;
  p50: number;
  p80: number;
  p90: number;
  ahtSeconds: number | null;
}

export type ForecastBand = "day-ahead" | "week-ahead" | "long-range";

export interface QueueForecast {
  intervals: ForecastInterval[];
  /** The method (or combination) that produced each band. */
  methodByBand: Record<ForecastBand, string>;
  /** Backtest accuracy of the chosen candidates; null when history is too short to backtest. */
  accuracy: { dayAhead: BandSelection; weekAhead: BandSelection; candidates: BandAccuracy[] } | null;
  warnings: string[];
  /** When the history ran into the forecast's first day: how the part already observed re-levelled the rest of it. */
  intraday?: IntradayReforecast | null;
}
