import { z } from "zod";
import { idParams, isoDate } from "./common";
import { defineEndpoint } from "./endpoint";

export const historyPoint = z.object({
  periodStart: z.iso.datetime({ offset: true }).describe("UTC instant the period starts at"),
  localDate: isoDate.describe("the period's first day in the queue's zone"),
  volume: z.number(),
  ahtSeconds: z.number().nullable().describe("volume-weighted mean handle time"),
});

export const getQueueHistory = defineEndpoint({
  method: "get",
  path: "/api/queues/:queueId/history",
  summary: "A queue's observed volume and handle time, per interval or summed by local day or week",
  tag: "history",
  params: idParams("queueId"),
  query: z
    .object({
      granularity: z.enum(["interval", "day", "week"]).default("day"),
      from: isoDate.describe("first local date (inclusive) in the queue's zone"),
      to: isoDate.describe("last local date (exclusive)"),
    })
    .refine((query) => query.from < query.to, { message: "from must be before to", path: ["to"] }),
  response: z.object({
    queueId: z.uuid(),
    timeZone: z.string(),
    granularity: z.enum(["interval", "day", "week"]),
    points: z.array(historyPoint),
  }),
});
