import { z } from "zod";
import { isoDate, isoInstant, uuid } from "./common";
import { defineEndpoint } from "./endpoint";
import { planningRoles } from "./roles";

const estimate = (what: string) =>
  z.object({
    mean: z
      .number()
      .nullable()
      .describe(`${what}: mean over the replications; null when no replication had any contact`),
    halfWidth95: z
      .number()
      .nullable()
      .describe("half-width of its 95 % confidence interval (Student t); null below 2 replications"),
  });

const figures = {
  offered: estimate("contacts offered"),
  serviceLevelFraction: estimate(
    "share answered within the queue's target (email: its response window in business hours); abandons count against, contacts still waiting at the period's end count once past the target",
  ),
  asaSeconds: estimate("mean wait of answered contacts, seconds"),
  abandonmentFraction: estimate("abandoned ÷ offered"),
  occupancyFraction: estimate(
    "busy ÷ logged-on agent time (a blended agent's idle time split evenly among its queues)",
  ),
};

export const simulatedInterval = z.object({ queueId: uuid, intervalStartUtc: isoInstant, ...figures });
export const simulatedDay = z.object({
  queueId: uuid,
  localDate: isoDate.describe("the day in the queue's zone"),
  isWholeDay: z
    .boolean()
    .describe("whether the whole local day lies inside the period (only whole days decide when the replications stop)"),
  ...figures,
});

export const getScheduleSimulation = defineEndpoint({
  method: "get",
  path: "/api/schedules/:scheduleId/simulation",
  roles: planningRoles,
  summary:
    "The service level a discrete-event simulation of a version's shifts achieves against the schedule's forecast, per queue interval and per queue day, with 95 % confidence intervals; replicated on the worker pool until every whole day's service level is within ±1 point, and kept per schedule revision",
  tag: "schedules",
  params: z.object({ scheduleId: uuid }),
  query: z.object({
    version: z
      .union([z.enum(["latest", "published"]), z.coerce.number().int().min(1)])
      .default("latest")
      .describe("`latest` (default), `published`, or a version number"),
    volumeFactor: z.coerce
      .number()
      .min(0)
      .max(10)
      .default(1)
      .describe("what-if: multiplies every interval's forecast contacts (1.1 = +10 %)"),
    absentAgentIds: z
      .string()
      .max(40_000)
      .default("")
      .transform((text) => (text === "" ? [] : text.split(",")))
      .pipe(z.array(uuid))
      .describe("what-if: comma-separated ids of agents whose shifts are left out"),
  }),
  response: z.object({
    scheduleId: uuid,
    versionNumber: z.number().int(),
    status: z.enum(["draft", "published"]),
    revision: z.string().describe("names the version's shifts as simulated; an edit of a draft changes it"),
    routing: z.string().describe("the routing policy simulated"),
    replications: z.number().int(),
    isPrecisionReached: z
      .boolean()
      .describe("whether every whole day's service level reached ±1 point before the replication cap"),
    widestDailyServiceLevelHalfWidth: z.number().describe("the widest 95 % half-width among whole queue days"),
    intervals: z.array(simulatedInterval),
    days: z.array(simulatedDay),
  }),
});
