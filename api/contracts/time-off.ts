import { z } from "zod";
import { idParams, isoInstant } from "./common";
import { MS_PER_DAY } from "./durations";
import { defineEndpoint } from "./endpoint";
import { everyRole } from "./roles";

export const timeOffRequest = z.object({
  id: z.uuid(),
  agentId: z.uuid(),
  agentName: z.string(),
  team: z.string(),
  agentTimeZone: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string(),
  status: z.enum(["pending", "approved", "declined", "cancelled"]),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
  colleaguesOff: z
    .number()
    .int()
    .describe("other agents of the same team already approved or asking for time off that overlaps"),
});
export type TimeOffRequestDto = z.infer<typeof timeOffRequest>;

export const requestTimeOff = defineEndpoint({
  method: "post",
  path: "/api/time-off",
  summary: "Ask for time off (an agent for themself; a director, planner or vendor manager for an agent they manage)",
  tag: "time off",
  roles: everyRole,
  body: z
    .object({
      agentId: z.uuid().optional().describe("defaults to the signed-in agent"),
      startsAt: isoInstant,
      endsAt: isoInstant,
      reason: z.string().trim().min(1).max(500),
    })
    .refine((body) => Date.parse(body.endsAt) > Date.parse(body.startsAt), {
      message: "must be after startsAt",
      path: ["endsAt"],
    })
    .refine((body) => Date.parse(body.endsAt) - Date.parse(body.startsAt) <= 90 * MS_PER_DAY, {
      message: "at most 90 days at once",
      path: ["endsAt"],
    }),
  response: timeOffRequest,
  responseStatus: 201,
});

export const listTimeOff = defineEndpoint({
  method: "get",
  path: "/api/time-off",
  summary: "Time-off requests: an agent sees their own, a vendor manager their partner's, planners everyone's",
  tag: "time off",
  roles: everyRole,
  query: z.object({ status: z.enum(["pending", "approved", "declined", "cancelled"]).optional() }),
  response: z.object({ requests: z.array(timeOffRequest) }),
});

export const decideTimeOff = defineEndpoint({
  method: "post",
  path: "/api/time-off/:requestId/decision",
  summary: "Approve or decline a pending request; approved time off is hard unavailability for the roster",
  tag: "time off",
  roles: ["director", "vendor_manager"],
  params: idParams("requestId"),
  body: z.object({
    decision: z.enum(["approved", "declined"]),
    note: z.string().trim().max(500).nullable().default(null),
  }),
  response: timeOffRequest,
});

export const cancelTimeOff = defineEndpoint({
  method: "post",
  path: "/api/time-off/:requestId/cancel",
  summary:
    "Withdraw a request: a pending one by whoever may ask for its agent; an approved one only by its agent or whoever may decide it (not a planner)",
  tag: "time off",
  roles: everyRole,
  params: idParams("requestId"),
  response: timeOffRequest,
});
