import { z } from "zod";
import { idParams, isoDate, isoInstant, uuid } from "./common";
import { defineEndpoint } from "./endpoint";

const band = z.enum(["day-ahead", "week-ahead"]);
/** Errors are null where they are undefined (no actual volume in the backtest window). */
const errorFraction = z.number().nullable();

export const bandAccuracy = z.object({
  band: band.describe("day-ahead: the first forecast day; week-ahead: the rest of the first week"),
  method: z.string().describe("the method or combination chosen for this band"),
  members: z.array(z.string()).describe("the methods combined (one for a single method)"),
  wmapeFraction: errorFraction.describe("Σ|error| / Σactual over the backtest targets"),
  mase: errorFraction.describe("mean absolute error over the weekly seasonal-naive in-sample error"),
  biasFraction: errorFraction.describe("Σ(forecast − actual) / Σactual"),
  targetDays: z.number().int().describe("days the backtest scored"),
  seasonalNaiveWmapeFraction: errorFraction.describe(
    "the same backtest scored for seasonal naive (same interval last week)",
  ),
  poissonFloorFraction: errorFraction.describe(
    "the wMAPE a perfect rate forecast would still have on Poisson arrivals",
  ),
});

export const candidateAccuracy = z.object({
  band: band.describe("day-ahead: the first forecast day; week-ahead: the rest of the first week"),
  method: z.string().describe("a method or combination the backtest tried"),
  wmapeFraction: errorFraction.describe("Σ|error| / Σactual"),
  mase: errorFraction.describe("mean absolute error over the seasonal-naive in-sample error"),
  biasFraction: errorFraction.describe("Σ(forecast − actual) / Σactual"),
  targetDays: z.number().int().describe("days the backtest scored"),
});

export const forecastAccuracy = z.object({
  bands: z.array(bandAccuracy).describe("the method chosen per horizon band, with its backtest scores"),
  candidates: z.array(candidateAccuracy).describe("every method the backtest scored"),
});
export type ForecastAccuracy = z.infer<typeof forecastAccuracy>;

export const specialDayKind = z.enum(["closed", "factor"]);

export const appliedSpecialDay = z.object({
  localDate: isoDate.describe("the day in the queue's zone"),
  kind: specialDayKind.describe("closed: no demand; factor: demand multiplied"),
  factor: z.number().nullable().describe("the multiplier of a factor day"),
  label: z.string().describe("its name"),
  scope: z.enum(["organisation", "queue"]).describe("set for the whole organisation or for this queue"),
});

export const forecastSummary = z.object({
  id: uuid.describe("the stored forecast"),
  queueId: uuid.describe("the queue forecast"),
  timeZone: z.string().describe("the queue's IANA zone: local dates and days are in it"),
  intervalMinutes: z.number().int().describe("length of each forecast interval"),
  createdAt: isoInstant.describe("when it was made; the newest covering a solve's period is the one staffed"),
  createdBy: z.string().describe("who made it"),
  horizonDays: z.number().int().describe("local days forecast"),
  startsAt: isoInstant.describe("first forecast instant (local midnight of the start date)"),
  endsAt: isoInstant.describe("end of the horizon, exclusive"),
  startDate: isoDate.describe("first forecast day in the queue's zone"),
  endDate: isoDate.describe("the day after the last forecast day"),
  requestedMethod: z.string().describe("auto, or the method asked for"),
  methodByBand: z
    .object({
      dayAhead: z.string().describe("the first day"),
      weekAhead: z.string().describe("the rest of the first week"),
      longRange: z.string().describe("beyond the first week"),
    })
    .describe("the method used for the first day, the rest of the first week, and beyond"),
  accuracy: forecastAccuracy.nullable().describe("backtest accuracy; null when history was too short"),
  specialDays: z.array(appliedSpecialDay).describe("special days in the horizon, applied to the forecast"),
  options: z
    .object({
      historyFrom: isoInstant.describe("first history interval"),
      historyTo: isoInstant.describe("last history interval"),
      historyIntervalCount: z.number().int().describe("history intervals read"),
    })
    .describe("the history the forecast was trained on"),
  warnings: z.array(z.string()).describe("what the forecaster could not do as asked, for a person"),
});
export type ForecastSummary = z.infer<typeof forecastSummary>;

const quantiles = {
  expected: z.number().describe("expected contacts arriving in the interval (2 decimals)"),
  p50: z.number().describe("median contacts (2 decimals)"),
  p80: z.number().describe("80th percentile: 4 intervals in 5 see at most this many (2 decimals)"),
  p90: z.number().describe("90th percentile (2 decimals)"),
};

export const forecastIntervalDto = z.object({
  intervalStart: isoInstant.describe("UTC instant the interval starts"),
  ...quantiles,
  ahtSeconds: z
    .number()
    .nullable()
    .describe("forecast average handle time in seconds (2 decimals); null when the history had none"),
  original: z.object(quantiles).nullable().describe("the computed values, kept when a planner overrode this interval"),
  overrideNote: z.string().nullable().describe("the planner's note on an override"),
});
export type ForecastIntervalDto = z.infer<typeof forecastIntervalDto>;

export const forecastTotal = z.object({
  periodStart: isoInstant.describe("UTC instant of the local midnight the day or week starts"),
  localDate: isoDate.describe("that day (or the week's Monday) in the queue's zone"),
  expected: z.number().describe("expected contacts (2 decimals)"),
  p80: z.number().describe("normal approximation from the interval quantiles, assuming independent intervals"),
  originalExpected: z.number().describe("the total before overrides"),
});

export const forecastDetail = forecastSummary.extend({
  range: z
    .object({ fromDate: isoDate.describe("first local date"), toDate: isoDate.describe("the day after the last") })
    .describe("the local dates read, toDate exclusive"),
  intervals: z.array(forecastIntervalDto).describe("the intervals in range (none at granularity=day)"),
  dailyTotals: z.array(forecastTotal).describe("local days in range"),
  weeklyTotals: z.array(forecastTotal).describe("ISO weeks (Monday) of the whole horizon, for the long-range plan"),
});
export type ForecastDetail = z.infer<typeof forecastDetail>;

/** One row of `cli forecast`'s CSV, columns in this order (the CLI writes this header). */
export const forecastCsvRow = z.object({
  interval_start: z.string().describe("the interval's start in the queue's zone, ISO 8601 with the offset in force"),
  forecast: z.number().describe("expected contacts (2 decimals)"),
  p50: z.number().describe("median contacts (2 decimals)"),
  p80: z.number().describe("80th percentile (2 decimals)"),
  p90: z.number().describe("90th percentile (2 decimals)"),
  aht_seconds: z
    .number()
    .nullable()
    .describe("forecast average handle time in seconds (1 decimal); empty when the history had none"),
});

const forecastParams = z.object({ queueId: uuid, forecastId: uuid });

const rangeQuery = z.object({
  from: isoDate.optional().describe("first local date (inclusive); the forecast's start by default"),
  to: isoDate.optional().describe("last local date (exclusive); 14 days after from by default, capped at the horizon"),
  granularity: z.enum(["interval", "day"]).default("interval").describe("day leaves out the intervals (long horizons)"),
});

export const createForecast = defineEndpoint({
  method: "post",
  path: "/api/queues/:queueId/forecasts",
  summary: "Forecast a queue from its stored history and special days, and store it with its backtest accuracy",
  tag: "forecasts",
  params: idParams("queueId"),
  body: z.object({
    horizonDays: z.number().int().min(1).max(364).default(28),
    method: z
      .string()
      .min(1)
      .max(120)
      .default("auto")
      .describe("auto, or one method by name (seasonal-naive, mean-last-4-weekdays, holt-winters, top-down, …)"),
    startDate: isoDate
      .optional()
      .describe("first forecast day in the queue's zone; the day after the last history day by default"),
  }),
  response: forecastSummary,
  responseStatus: 201,
});

export const listForecasts = defineEndpoint({
  method: "get",
  path: "/api/queues/:queueId/forecasts",
  summary: "A queue's stored forecasts, newest first",
  tag: "forecasts",
  params: idParams("queueId"),
  response: z.object({ forecasts: z.array(forecastSummary) }),
});

export const getLatestForecast = defineEndpoint({
  method: "get",
  path: "/api/queues/:queueId/forecasts/latest",
  summary: "The newest stored forecast with its intervals in a range, daily and weekly totals",
  tag: "forecasts",
  params: idParams("queueId"),
  query: rangeQuery,
  response: forecastDetail,
});

export const getForecast = defineEndpoint({
  method: "get",
  path: "/api/queues/:queueId/forecasts/:forecastId",
  summary: "One stored forecast with its intervals in a range, daily and weekly totals",
  tag: "forecasts",
  params: forecastParams,
  query: rangeQuery,
  response: forecastDetail,
});

export const forecastOverride = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("scale-day"),
    localDate: isoDate.describe("a day in the queue's zone"),
    factor: z.number().min(0).max(100),
    note: z.string().trim().max(500).optional(),
  }),
  z.object({
    kind: z.literal("set-interval"),
    intervalStart: isoInstant,
    expected: z.number().min(0),
    note: z.string().trim().max(500).optional(),
  }),
]);
export type ForecastOverride = z.infer<typeof forecastOverride>;

export const overrideForecast = defineEndpoint({
  method: "post",
  path: "/api/queues/:queueId/forecasts/:forecastId/overrides",
  summary: "Scale a local day or set one interval; the computed values are kept as the original",
  tag: "forecasts",
  params: forecastParams,
  body: forecastOverride,
  response: z.object({ updatedIntervals: z.array(forecastIntervalDto) }),
});

export const specialDayInput = z
  .object({
    queueId: uuid.nullable().describe("null for the whole organisation"),
    localDate: isoDate,
    kind: specialDayKind,
    factor: z.number().min(0).max(100).nullable().default(null).describe("required for kind=factor, e.g. 1.4"),
    label: z.string().trim().min(1).max(200),
  })
  .refine((value) => (value.kind === "factor") === (value.factor !== null), {
    message: "a factor day needs a factor; a closed day has none",
    path: ["factor"],
  });

export const specialDay = z.object({
  id: uuid,
  queueId: uuid.nullable(),
  localDate: isoDate,
  kind: specialDayKind,
  factor: z.number().nullable(),
  label: z.string(),
});
export type SpecialDayDto = z.infer<typeof specialDay>;

export const listSpecialDays = defineEndpoint({
  method: "get",
  path: "/api/special-days",
  summary: "Special days: the organisation's, plus one queue's own with queueId",
  tag: "forecasts",
  query: z.object({ queueId: uuid.optional(), from: isoDate.optional(), to: isoDate.optional() }),
  response: z.object({ specialDays: z.array(specialDay) }),
});

export const createSpecialDay = defineEndpoint({
  method: "post",
  path: "/api/special-days",
  summary: "Add a holiday or event (closed, or a factor on demand)",
  tag: "forecasts",
  body: specialDayInput,
  response: specialDay,
  responseStatus: 201,
});

export const updateSpecialDay = defineEndpoint({
  method: "put",
  path: "/api/special-days/:specialDayId",
  summary: "Replace a special day",
  tag: "forecasts",
  params: idParams("specialDayId"),
  body: specialDayInput,
  response: specialDay,
});

export const deleteSpecialDay = defineEndpoint({
  method: "delete",
  path: "/api/special-days/:specialDayId",
  summary: "Remove a special day",
  tag: "forecasts",
  params: idParams("specialDayId"),
  response: z.object({ id: uuid }),
});
