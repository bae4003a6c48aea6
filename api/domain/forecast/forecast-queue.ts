import { resolveWallClock } from "../time/wall-clock";
import { localEpochDayOf } from "../time/local-day";
import { toEpochDay } from "../time/local-date";
import { toLocalMs } from "../time/zone";
import { annualSeasonal } from "./annual-seasonal";
import { forecastAhtSeconds } from "./aht-forecast";
import { buildDayGrid } from "./build-day-grid";
import { MIN_HISTORY_DAYS } from "./history-span";
import { combineMethods } from "./combination";
import { weekdayOfGridDay } from "./day-grid";
import { emitForecastIntervals } from "./emit-forecast-intervals";
import { finaliseForecast } from "./finalise-forecast";
import type { ForecastMethod, TrainingData } from "./forecast-method";
import {
  MAX_HORIZON_DAYS,
  WEEK_BAND_DAYS,
  type ForecastBand,
  type QueueForecast,
  type QueueForecastRequest,
} from "./forecast-request";
import { findSelectableMethod, SELECTABLE_METHODS, selectableMethodNames } from "./method-registry";
import { isWeekdayOpen } from "./opening-hours";
import { prepareTraining } from "./prepare-training";
import { seasonalNaive } from "./seasonal-naive";
import { candidateName, selectByBacktest, type SelectionReport } from "./select-method";
import { specialDayFactor } from "./special-day";
import { reforecastRestOfDay, type IntradayReforecast } from "./intraday-reforecast";
import { observedToday } from "./observed-today";
import { formatInstantInZone } from "../time/format-instant";
import { MS_PER_DAY } from "../time/durations";

/** Without a backtest (under five weeks of history) quantiles assume a 10 % model error (c² = 0.01). */
const DEFAULT_DISPERSION = 0.01;

/**
 * Forecasts a queue: volume, quantiles and AHT for every interval of the horizon, each band by
 * the method or combination that backtested best for it (or the planner's method). Throws
 * RangeError for an unknown method, a horizon outside 1 … 364 days, or under a week of history.
 */
export function forecastQueue(request: QueueForecastRequest): QueueForecast {
  validateRequest(request);
  const warnings: string[] = [];
  const { zoneName, intervalMinutes } = request;
  const lastHistoryDay = request.history.reduce(
    (latest, row) => Math.max(latest, localEpochDayOf(row.intervalStartUtcMs, zoneName)),
    -Infinity,
  );
  const startUtcMs = request.startUtcMs ?? resolveWallClock((lastHistoryDay + 1) * MS_PER_DAY, zoneName).instantUtcMs;
  const startDay = localEpochDayOf(startUtcMs, zoneName);
  const history = request.history.filter((row) => localEpochDayOf(row.intervalStartUtcMs, zoneName) < startDay);
  const today = observedToday(request.history, startUtcMs, zoneName, intervalMinutes);
  if (history.length + today.intervalCount < request.history.length)
    warnings.push(
      `history from ${formatInstantInZone(startUtcMs, zoneName)} on was ignored: a forecast starting then could not have known it`,
    );
  if (history.length === 0) throw new RangeError("no history before the forecast start");
  const raw = buildDayGrid(history, zoneName, intervalMinutes);
  if (raw.grid.dayCount < MIN_HISTORY_DAYS)
    throw new RangeError(`need at least one week of history, got ${raw.grid.dayCount} days`);
  const training = prepareTraining(raw, request.specialDays ?? [], request.openingHours);
  const endUtcMs = resolveWallClock(
    toLocalMs(startUtcMs, zoneName) + request.horizonDays * MS_PER_DAY,
    zoneName,
  ).instantUtcMs;
  const daysAhead = localEpochDayOf(endUtcMs - 1, zoneName) - (raw.grid.firstEpochDay + raw.grid.dayCount) + 1;
  const selection = selectByBacktest(training, SELECTABLE_METHODS, {
    windowDays: 28,
    maxMembers: 3,
    fixedMembers: request.method === "auto" ? undefined : [request.method],
  });
  if (!selection) warnings.push("history too short to backtest: accuracy unknown, quantiles assume a 10 % model error");
  const { expected, dispersionByDay, methodByBand } = forecastByBand(training, selection, request.method, daysAhead);
  applySpecialDays(expected, training, request);
  const intraday =
    today.intervalCount > 0
      ? applyIntraday(
          expected,
          training,
          methodOf(
            selection?.bands["day-ahead"].members ?? [
              request.method === "auto" ? "median-last-5-weekdays" : request.method,
            ],
          ),
          startDay - (raw.grid.firstEpochDay + raw.grid.dayCount),
          today,
        )
      : null;
  if (intraday) warnings.push(intradayNote(intraday, today.intervalCount, startUtcMs, zoneName));
  const days = {
    firstEpochDay: raw.grid.firstEpochDay + raw.grid.dayCount,
    slotsPerDay: raw.grid.slotsPerDay,
    expected,
    dispersionByDay,
    ahtSeconds: forecastAhtSeconds(raw, daysAhead),
  };
  const intervals = emitForecastIntervals(days, zoneName, intervalMinutes, startUtcMs, endUtcMs);
  const accuracy = selection
    ? {
        dayAhead: selection.bands["day-ahead"],
        weekAhead: selection.bands["week-ahead"],
        candidates: selection.candidates,
      }
    : null;
  return { intervals, methodByBand, accuracy, warnings, intraday };
}

/** Re-levels today's slots in `expected` (day `todayAhead` of it) from the part of today already observed. */
function applyIntraday(
  expected: Float64Array,
  training: TrainingData,
  dayAheadMethod: ForecastMethod,
  todayAhead: number,
  today: ReturnType<typeof observedToday>,
): IntradayReforecast | null {
  const slotsPerDay = training.grid.slotsPerDay;
  if (todayAhead < 0 || (todayAhead + 1) * slotsPerDay > expected.length) return null;
  const dayAhead = expected.subarray(todayAhead * slotsPerDay, (todayAhead + 1) * slotsPerDay);
  const update = reforecastRestOfDay({
    training,
    dayAheadMethod,
    dayAhead,
    observed: today.values,
    cutSlot: today.cutSlot,
  });
  dayAhead.set(update.forecast);
  return update;
}

function intradayNote(update: IntradayReforecast, intervalCount: number, startUtcMs: number, zoneName: string): string {
  const ratio =
    update.observedRatio === null
      ? "no volume was expected yet"
      : `observed ${update.observedRatio.toFixed(3)} × the day-ahead forecast`;
  return `the ${intervalCount} interval(s) observed today before ${formatInstantInZone(startUtcMs, zoneName)} re-levelled the rest of the day by × ${update.multiplier.toFixed(3)} (${ratio}; weight ${update.weight.toFixed(2)} learned on ${update.backtestDayCount} past days)`;
}

function validateRequest(request: QueueForecastRequest): void {
  if (!Number.isInteger(request.horizonDays) || request.horizonDays < 1 || request.horizonDays > MAX_HORIZON_DAYS) {
    throw new RangeError(`horizon must be 1 … ${MAX_HORIZON_DAYS} days, got ${request.horizonDays}`);
  }
  if (request.method !== "auto" && !findSelectableMethod(request.method)) {
    throw new RangeError(`unknown method ${request.method}; use auto or one of ${selectableMethodNames().join(", ")}`);
  }
}

function methodOf(members: readonly string[]): ForecastMethod {
  return combineMethods(members.map((name) => findSelectableMethod(name)!));
}

/** Which band each future day belongs to: up to the first open day, the next 8 weeks, beyond. */
function bandOfDay(ahead: number, firstOpenAhead: number): ForecastBand {
  if (ahead <= firstOpenAhead) return "day-ahead";
  return ahead - firstOpenAhead <= WEEK_BAND_DAYS ? "week-ahead" : "long-range";
}

function forecastByBand(training: TrainingData, selection: SelectionReport | null, method: string, daysAhead: number) {
  const { grid, openingHours } = training;
  const fallback = finaliseForecast(grid, openingHours, seasonalNaive.fit(training).forecastDays(grid, daysAhead));
  const membersOf = (band: "day-ahead" | "week-ahead") =>
    selection?.bands[band].members ?? [method === "auto" ? "median-last-5-weekdays" : method];
  const useAnnual = method === "auto" && annualSeasonal.isApplicable(training);
  const bandMethods: Record<ForecastBand, ForecastMethod> = {
    "day-ahead": methodOf(membersOf("day-ahead")),
    "week-ahead": methodOf(membersOf("week-ahead")),
    "long-range": useAnnual ? annualSeasonal : methodOf(membersOf("week-ahead")),
  };
  const methodByBand: Record<ForecastBand, string> = {
    "day-ahead": candidateName(membersOf("day-ahead")),
    "week-ahead": candidateName(membersOf("week-ahead")),
    "long-range": useAnnual ? annualSeasonal.name : candidateName(membersOf("week-ahead")),
  };
  let firstOpenAhead = 0;
  while (
    firstOpenAhead < daysAhead - 1 &&
    !isWeekdayOpen(openingHours, weekdayOfGridDay(grid, grid.dayCount + firstOpenAhead))
  )
    firstOpenAhead += 1;
  const expected = new Float64Array(daysAhead * grid.slotsPerDay);
  const dispersionByDay = new Float64Array(daysAhead);
  for (const band of ["day-ahead", "week-ahead", "long-range"] as const) {
    const days = [...Array(daysAhead).keys()].filter((ahead) => bandOfDay(ahead, firstOpenAhead) === band);
    if (days.length === 0) continue;
    const forecast = finaliseForecast(
      grid,
      openingHours,
      bandMethods[band].fit(training).forecastDays(grid, days[days.length - 1] + 1),
      fallback,
    );
    const dispersion =
      selection?.bands[band === "day-ahead" ? "day-ahead" : "week-ahead"].chosen.dispersion ?? DEFAULT_DISPERSION;
    for (const ahead of days) {
      expected.set(
        forecast.subarray(ahead * grid.slotsPerDay, (ahead + 1) * grid.slotsPerDay),
        ahead * grid.slotsPerDay,
      );
      dispersionByDay[ahead] = dispersion;
    }
  }
  return { expected, dispersionByDay, methodByBand };
}

function applySpecialDays(expected: Float64Array, training: TrainingData, request: QueueForecastRequest): void {
  const { grid } = training;
  for (const specialDay of request.specialDays ?? []) {
    const ahead = toEpochDay(specialDay.localDate) - (grid.firstEpochDay + grid.dayCount);
    if (ahead < 0 || ahead * grid.slotsPerDay >= expected.length) continue;
    const day = expected.subarray(ahead * grid.slotsPerDay, (ahead + 1) * grid.slotsPerDay);
    for (let slot = 0; slot < day.length; slot += 1) day[slot] *= specialDayFactor(specialDay);
  }
}
