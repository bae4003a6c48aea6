import { z } from "zod";
import { isoDate, isoInstant, uuid } from "./common";
import { defineEndpoint } from "./endpoint";
import { planningRoles } from "./roles";
import { scheduleParams, scheduleVersion } from "./schedules";
import { repairResultSchema, shiftChangeSchema } from "./repair";

export const absenceReasonCode = z.enum(["sick", "emergency", "no_show", "training"]);

export const scheduleEvent = z.object({
  id: uuid,
  kind: z.enum([
    "absence",
    "late_time_off",
    "employment_end",
    "requirements_replaced",
    "repair_proposed",
    "repair_accepted",
  ]),
  versionNumber: z.number().int().describe("the published version it happened to"),
  agentId: uuid.nullable(),
  startUtc: isoInstant.nullable(),
  endUtc: isoInstant.nullable(),
  reasonCode: absenceReasonCode.nullable(),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: isoInstant,
});

export type ScheduleEventDto = z.infer<typeof scheduleEvent>;

export const recordAbsence = defineEndpoint({
  method: "post",
  path: "/api/schedules/:scheduleId/absences",
  roles: planningRoles,
  summary:
    "Mark an agent absent on the published version (a whole local day in the agent's zone, or a span), with a reason code; the published roster stays as it is until a repair is accepted or a planner edits by hand",
  tag: "schedules",
  params: scheduleParams,
  body: z
    .object({
      agentId: uuid,
      reasonCode: absenceReasonCode,
      localDate: isoDate.optional().describe("a whole day in the agent's zone; or give startUtc and endUtc"),
      startUtc: isoInstant.optional(),
      endUtc: isoInstant.optional(),
      note: z.string().max(2000).optional(),
    })
    .refine((body) => (body.localDate === undefined) === (body.startUtc !== undefined && body.endUtc !== undefined), {
      message: "give either localDate or both startUtc and endUtc",
      path: ["localDate"],
    })
    .refine(
      (body) =>
        body.startUtc === undefined || body.endUtc === undefined || Date.parse(body.endUtc) > Date.parse(body.startUtc),
      { message: "must be after startUtc", path: ["endUtc"] },
    ),
  response: scheduleEvent,
  responseStatus: 201,
});

export const listScheduleEvents = defineEndpoint({
  method: "get",
  path: "/api/schedules/:scheduleId/events",
  roles: planningRoles,
  summary:
    "What happened to a published schedule since its publish, oldest first: absences and repairs, with who and when",
  tag: "schedules",
  params: scheduleParams,
  response: z.object({ events: z.array(scheduleEvent) }),
});

export const repairSchedule = defineEndpoint({
  method: "post",
  path: "/api/schedules/:scheduleId/repair",
  roles: planningRoles,
  summary:
    "Propose a minimal-change repair of the published roster from a cut-off (default now) after the recorded absences: the changes (who, what, premium, offer or imposed), the repaired roster, and the same figures for a from-scratch re-solve. Answered synchronously within its time limits; nothing is published until it is accepted",
  tag: "schedules",
  params: scheduleParams,
  body: z.object({
    cutoffUtc: isoInstant.optional().describe("shifts starting before it are frozen; now by default"),
    isEmergency: z
      .boolean()
      .default(false)
      .describe("impose added hours inside the notice window instead of offering them"),
    timeLimitSeconds: z.number().min(1).max(30).default(6),
    fromScratchTimeLimitSeconds: z.number().min(1).max(30).default(4),
  }),
  response: repairResultSchema.extend({
    proposalId: uuid.describe("accept it with POST /api/schedules/:scheduleId/repairs/:proposalId/accept"),
    baseVersionNumber: z.number().int(),
  }),
});

export const acceptScheduleRepair = defineEndpoint({
  method: "post",
  path: "/api/schedules/:scheduleId/repairs/:proposalId/accept",
  roles: planningRoles,
  summary:
    "Publish a proposed repair as a new version through the publish path (iCal sequences and the recorded difference as any publish). Offers (added hours inside the notice window without an emergency) are not imposed: they stay as they were and are answered as pending offers",
  tag: "schedules",
  params: z.object({ scheduleId: uuid, proposalId: uuid }),
  response: z.object({ version: scheduleVersion, pendingOffers: z.array(shiftChangeSchema) }),
});
