import { z } from "zod";
import { idParams, isoDate, isoInstant, uuid } from "./common";
import { defineEndpoint } from "./endpoint";

export const queueIntervalRequirement = z.object({
  intervalStart: isoInstant.describe("UTC instant the interval starts"),
  volume: z.number().min(0).describe("the forecast value staffed for (the chosen quantile; 2 decimals)"),
  ahtSeconds: z.number().positive().describe("the forecast handle time, or the queue's when the forecast has none"),
  trafficErlangs: z.number().min(0).describe("offered load of the interval, in Erlangs (2 decimals)"),
  agents: z.number().int().min(0).describe("agents needed on the phones/chats/inbox"),
  scheduledAgents: z.number().int().min(0).describe("agents to schedule, after shrinkage"),
  fractionalFte: z.number().min(0).describe("agents ÷ (1 − shrinkage) before rounding up (2 decimals)"),
  serviceLevel: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe("expected service level at `agents`; null when nothing arrives"),
});

export const getQueueRequirements = defineEndpoint({
  method: "get",
  path: "/api/queues/:queueId/requirements",
  summary:
    "Per-interval staffing requirements: the stored forecast through the staffing engine (Erlang C/A for voice and chat, the workload model for email)",
  tag: "forecasts",
  params: idParams("queueId"),
  query: z
    .object({
      from: isoDate.describe("first local date (inclusive) in the queue's zone"),
      to: isoDate.describe("last local date (exclusive)"),
      forecastId: uuid.optional().describe("the latest forecast by default"),
      quantile: z
        .enum(["expected", "p50", "p80", "p90"])
        .default("expected")
        .describe("staff for the expected volume or a quantile (small queues)"),
      model: z
        .enum(["erlang-c", "erlang-a"])
        .optional()
        .describe("voice/chat: Erlang A when the queue has a patience, else Erlang C, by default"),
    })
    .refine((query) => query.from < query.to, { message: "from must be before to", path: ["to"] }),
  response: z.object({
    queueId: uuid.describe("the queue"),
    forecastId: uuid.describe("the stored forecast staffed"),
    channel: z.enum(["voice", "chat", "email"]).describe("the queue's channel"),
    model: z.enum(["erlang-c", "erlang-a", "email-workload"]).describe("the staffing model applied"),
    timeZone: z.string().describe("the queue's IANA zone, the zone of from and to"),
    intervalMinutes: z.number().int().describe("the queue's interval"),
    quantile: z.enum(["expected", "p50", "p80", "p90"]).describe("the forecast value staffed for"),
    intervals: z.array(queueIntervalRequirement).describe("every forecast interval of the range"),
    peakAgents: z.number().int().min(0).describe("the most agents any interval needs"),
    scheduledAgentHours: z
      .number()
      .min(0)
      .describe("scheduled agents × interval hours, summed over the range (2 decimals)"),
  }),
});
