import { z } from "zod";
import { idParams, isoDate, isoInstant } from "./common";
import { defineEndpoint } from "./endpoint";
import { peopleRoles } from "./roles";
import { MS_PER_DAY } from "./durations";

export const serviceLevelAbandonRule = z
  .enum(["abandons-count-against", "short-abandons-excluded", "abandons-excluded", "short-abandons-met"])
  .describe(
    "which abandons count against service level: abandons-count-against = answered within T ÷ offered; short-abandons-excluded = answered within T ÷ (offered − abandoned within T); abandons-excluded = answered within T ÷ handled; short-abandons-met = (answered + abandoned within T) ÷ offered",
  );

export const kpiSettings = z.object({ serviceLevelAbandonRule: serviceLevelAbandonRule });

export const getQueueKpiSettings = defineEndpoint({
  method: "get",
  path: "/api/queues/:queueId/kpi-settings",
  summary: "How a queue's KPIs are judged (the abandon definition of its service level)",
  tag: "kpis",
  params: idParams("queueId"),
  response: kpiSettings,
});

export const putQueueKpiSettings = defineEndpoint({
  method: "put",
  path: "/api/queues/:queueId/kpi-settings",
  summary: "Set how a queue's KPIs are judged",
  tag: "kpis",
  params: idParams("queueId"),
  body: kpiSettings,
  response: kpiSettings,
});

export const kpiPeriod = z.object({
  periodStart: isoInstant,
  localDate: isoDate.describe("the period's first local day (a week starts on Monday)"),
  forecastVolume: z.number().nullable(),
  actualVolume: z.number().nullable().describe("offered contacts"),
  wmapeFraction: z.number().nullable().describe("Σ|actual − forecast| ÷ Σ actual over the period's intervals"),
  biasFraction: z.number().nullable().describe("Σ(forecast − actual) ÷ Σ actual; positive = over-forecast"),
  requiredAgentHours: z.number().describe("Erlang requirement of the stored forecast"),
  requiredFromActualAgentHours: z
    .number()
    .describe("the same staffing engine on the actual load (offered × actual AHT)"),
  scheduledAgentHours: z.number().describe("on-phone time of published rosters"),
  presentAgentHours: z
    .number()
    .describe("scheduled minus recorded absences (none are recorded yet: equal to scheduled)"),
  serviceLevelFraction: z.number().nullable(),
  targetServiceLevelFraction: z.number().nullable(),
  asaSeconds: z.number().nullable(),
  ahtSeconds: z.number().nullable(),
  abandonFraction: z.number().nullable(),
  occupancyFraction: z.number().nullable().describe("handled × AHT ÷ present agent time"),
  fcrFraction: z.number().nullable(),
  csatScore: z.number().nullable(),
});

const kpiQuery = z
  .object({
    from: isoDate.describe("first local date (inclusive)"),
    to: isoDate.describe("last local date (exclusive); at most 92 days after from"),
    granularity: z.enum(["interval", "day", "week"]).default("day"),
  })
  .refine((query) => query.from < query.to, { message: "from must be before to", path: ["to"] })
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) <= 92 * MS_PER_DAY, {
    message: "at most 92 days",
    path: ["to"],
  });

export const getQueueKpis = defineEndpoint({
  method: "get",
  path: "/api/queues/:queueId/kpis",
  summary:
    "Planned vs actual per interval, day or week: forecast accuracy, required vs scheduled vs present, service level, ASA, abandonment, occupancy, FCR, CSAT",
  tag: "kpis",
  roles: peopleRoles,
  params: idParams("queueId"),
  query: kpiQuery,
  response: z.object({
    queueId: z.uuid(),
    timeZone: z.string(),
    intervalMinutes: z.number().int(),
    granularity: z.enum(["interval", "day", "week"]),
    serviceLevelAbandonRule: serviceLevelAbandonRule,
    periods: z.array(kpiPeriod),
  }),
});

export const exportQueueKpis = defineEndpoint({
  method: "get",
  path: "/api/queues/:queueId/kpis/export",
  summary: "The same KPIs as CSV",
  tag: "kpis",
  roles: peopleRoles,
  params: idParams("queueId"),
  query: kpiQuery,
  response: z.string(),
  responseContentType: "text/csv",
});
