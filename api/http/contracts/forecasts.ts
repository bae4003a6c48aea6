import { z } from "zod";
import { idParams, isoDate, isoInstant, uuid } from "./common";
import { defineEndpoint } from "./endpoint";

const band = z.enum(["day-ahead", "week-ahead"]);
/** Errors are null where they are undefined (no actual volume in the backtest window). */
const errorFraction = z.number().nullable();

export const bandAccuracy = z.object({
  band,
  method: z.string().describe("the method or combination chosen for this band"),
  members: z.array(z.string()),
  wmapeFraction: errorFraction.describe("Σ|error| / Σactual over the backtest targets"),
  mase: errorFraction.describe("mean absolute error over the weekly seasonal-naive in-sample error"),
  biasFraction: errorFraction.describe("Σ(forecast − actual) / Σactual"),
  targetDays: z.number().int(),
  seasonalNaiveWmapeFraction: errorFraction.describe("the same backtest scored for seasonal naive (same interval last week)"),
  poissonFloorFraction: errorFraction.describe("the wMAPE a perfect rate forecast would still have on Poisson arrivals"),
});

export const candidateAccuracy = z.object({
  band,
  method: z.string(),
  wmapeFraction: errorFraction,
  mase: errorFraction,
  biasFraction: errorFraction,
  targetDays: z.number().int(),
});

export const forecastAccuracy = z.object({ bands: z.array(bandAccuracy), candidates: z.array(candidateAccuracy) });
export type ForecastAccuracy = z.infer<typeof forecastAccuracy>;

export const specialDayKind = z.enum(["closed", "factor"]);

export const appliedSpecialDay = z.object({
  localDate: isoDate,
  kind: specialDayKind,
  factor: z.number().nullable(),
  label: z.string(),
  scope: z.enum(["organisation", "queue"]),
});

export const forecastSummary = z.object({
  id: uuid,
  queueId: uuid,
  timeZone: z.string(),
  intervalMinutes: z.number().int(),
  createdAt: isoInstant,
  createdBy: z.string(),
  horizonDays: z.number().int(),
  startsAt: isoInstant.describe("first forecast instant (local midnight of the start date)"),
  endsAt: isoInstant.describe("end of the horizon, exclusive"),
  startDate: isoDate,
  endDate: isoDate.describe("the day after the last forecast day"),
  requestedMethod: z.string(),
  methodByBand: z.object({ dayAhead: z.string(), weekAhead: z.string(), longRange: z.string() }),
  accuracy: forecastAccuracy.nullable().describe("backtest accuracy; null when history was too short"),
  specialDays: z.array(appliedSpecialDay).describe("special days in the horizon, applied to the forecast"),
  options: z.object({ historyFrom: isoInstant, historyTo: isoInstant, historyIntervalCount: z.number().int() }),
  warnings: z.array(z.string()),
});
export type ForecastSummary = z.infer<typeof forecastSummary>;

const quantiles = { expected: z.number(), p50: z.number(), p80: z.number(), p90: z.number() };

export const forecastIntervalDto = z.object({
  intervalStart: isoInstant,
  ...quantiles,
  ahtSeconds: z.number().nullable(),
  original: z.object(quantiles).nullable().describe("the computed values, kept when a planner overrode this interval"),
  overrideNote: z.string().nullable(),
});
export type ForecastIntervalDto = z.infer<typeof forecastIntervalDto>;

export const forecastTotal = z.object({
  periodStart: isoInstant,
  localDate: isoDate,
  expected: z.number(),
  p80: z.number().describe("normal approximation from the interval quantiles, assuming independent intervals"),
  originalExpected: z.number().describe("the total before overrides"),
});

export const forecastDetail = forecastSummary.extend({
  range: z.object({ fromDate: isoDate, toDate: isoDate }),
  intervals: z.array(forecastIntervalDto).describe("the intervals in range (none at granularity=day)"),
  dailyTotals: z.array(forecastTotal).describe("local days in range"),
  weeklyTotals: z.array(forecastTotal).describe("ISO weeks (Monday) of the whole horizon, for the long-range plan"),
});
export type ForecastDetail = z.infer<typeof forecastDetail>;

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
    method: z.string().min(1).max(120).default("auto").describe("auto, or one method by name (seasonal-naive, mean-last-4-weekdays, holt-winters, top-down, …)"),
    startDate: isoDate.optional().describe("first forecast day in the queue's zone; the day after the last history day by default"),
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
  .refine((value) => (value.kind === "factor") === (value.factor !== null), { message: "a factor day needs a factor; a closed day has none", path: ["factor"] });

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
