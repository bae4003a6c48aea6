import { z } from "zod";
import { idParams, isoInstant } from "./common";
import { defineEndpoint } from "./endpoint";

export const reforecastInterval = z.object({
  intervalStart: isoInstant,
  dayAheadExpected: z.number().describe("the day-ahead forecast, from the history before today"),
  reforecastExpected: z.number().describe("the same interval re-levelled by today's actuals up to asOf"),
  p80: z.number(),
  p90: z.number(),
});

export const reforecastQueue = defineEndpoint({
  method: "post",
  path: "/api/queues/:queueId/reforecast",
  summary:
    "Intraday re-forecast: the rest of today from the actuals (else history) observed since the day began until asOf, shrunk toward the day-ahead forecast by a weight learned per queue and time of day by backtest",
  tag: "forecasts",
  params: idParams("queueId"),
  body: z.object({
    asOf: isoInstant.describe("the instant the day is observed up to (intervals that ended by then count)"),
  }),
  response: z.object({
    queueId: z.uuid(),
    timeZone: z.string(),
    asOf: isoInstant,
    observedSource: z
      .enum(["actuals", "history", "none"])
      .describe("where today's observed intervals came from: imported actuals (offered), else imported history"),
    observedIntervalCount: z.number().int(),
    observedRatio: z.number().nullable().describe("observed ÷ day-ahead forecast volume so far today"),
    weight: z.number().describe("the shrinkage weight 0–1 learned for this time of day"),
    multiplier: z.number().describe("the factor the rest of the day was scaled by: 1 + weight × (observedRatio − 1)"),
    backtestDayCount: z.number().int(),
    method: z.string().describe("the day-ahead method"),
    intervals: z.array(reforecastInterval).describe("today's intervals from asOf on"),
  }),
});
