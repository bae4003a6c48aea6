import { z } from "zod";
import { idParams, isoInstant, uuid } from "./common";
import { defineEndpoint } from "./endpoint";
import { peopleRoles, planningRoles } from "./roles";
import { shiftBreak } from "./schedules";

const scheduleParams = idParams("scheduleId");

const ledgerShift = z.object({
  agentId: uuid,
  startUtc: isoInstant,
  endUtc: isoInstant,
  queueIds: z.array(uuid),
  breaks: z.array(shiftBreak),
  sequence: z.number().int().min(0).describe("the iCal SEQUENCE this side was published with"),
});

export const changeSetKind = z.enum([
  "publish",
  "repair",
  "manual_edit",
  "absence",
  "time_off",
  "employment_end",
  "requirements_replaced",
  "trade",
  "offer",
]);

export const shiftChange = z.object({
  agentId: uuid,
  agentName: z.string(),
  shiftKey: uuid.describe("the piece of work (the iCal UID)"),
  change: z.enum(["added", "removed", "changed"]),
  startUtc: isoInstant.describe(
    "the earlier start of the two sides: the week and pay period the change is filed under",
  ),
  before: ledgerShift.nullable(),
  after: ledgerShift.nullable(),
});

const changeNote = z.object({ note: z.string(), createdBy: z.string(), createdAt: isoInstant });

export const changeSet = z.object({
  id: uuid,
  kind: changeSetKind,
  versionNumber: z.number().int().nullable().describe("the version the change set made current, if it made one"),
  reasonCode: z.string().nullable(),
  note: z.string().nullable().describe("the planner's note given with the change"),
  notes: z.array(changeNote).describe("notes added later, oldest first"),
  createdBy: z.string(),
  createdAt: isoInstant,
  changes: z.array(shiftChange),
});

const changesQuery = z
  .object({
    agentId: uuid.optional().describe("only this agent's shifts"),
    changeSetId: uuid.optional().describe("only this change set"),
    from: isoInstant
      .optional()
      .describe("only changes to shifts starting at or after this instant (a week: its start)"),
    to: isoInstant.optional().describe("only changes to shifts starting before this instant"),
  })
  .refine((query) => !query.from || !query.to || Date.parse(query.to) > Date.parse(query.from), {
    message: "to must be after from",
    path: ["to"],
  });

export const listScheduleChanges = defineEndpoint({
  method: "get",
  path: "/api/schedules/:scheduleId/changes",
  roles: peopleRoles,
  summary:
    "The change ledger of a schedule: every change set (who, when, why) with its shifts before and after, oldest first; per agent, week or change set (a vendor manager only their partner's agents)",
  tag: "schedules",
  params: scheduleParams,
  query: changesQuery,
  response: z.object({ scheduleId: uuid, changeSets: z.array(changeSet) }),
});

export const exportScheduleChanges = defineEndpoint({
  method: "get",
  path: "/api/schedules/:scheduleId/changes/export",
  roles: peopleRoles,
  summary:
    "The change ledger as CSV, one row per shift change: change_set_id,changed_at,changed_by,kind,reason_code,note,agent_name,agent_email,shift_key,change,before_start_utc,before_end_utc,after_start_utc,after_end_utc",
  tag: "schedules",
  params: scheduleParams,
  query: changesQuery,
  response: z.string(),
  responseContentType: "text/csv",
});

export const addChangeSetNote = defineEndpoint({
  method: "post",
  path: "/api/schedules/:scheduleId/changes/:changeSetId/notes",
  roles: planningRoles,
  summary: "Add a planner's note to a change set (appended: the change set itself never changes)",
  tag: "schedules",
  params: z.object({ scheduleId: uuid, changeSetId: uuid }),
  body: z.object({ note: z.string().trim().min(1).max(2000) }),
  response: z.object({ id: uuid, notes: z.array(changeNote) }),
  responseStatus: 201,
});

const fairWorkweekQuery = z.object({
  payPeriodDays: z.coerce
    .number()
    .int()
    .min(1)
    .max(31)
    .default(7)
    .describe("pay periods of this many days from the schedule's start"),
});

export const fairWorkweekRow = z.object({
  agentId: uuid,
  agentName: z.string(),
  payPeriodStartUtc: isoInstant,
  payPeriodEndUtc: isoInstant,
  changesInsideWindow: z
    .number()
    .int()
    .describe("changes to shifts starting less than the notice window after the change"),
  changesOutsideWindow: z.number().int(),
  premiumMinutes: z.number().int().describe("predictability pay owed, in minutes of the agent's pay"),
});

export const getFairWorkweekReport = defineEndpoint({
  method: "get",
  path: "/api/schedules/:scheduleId/fair-workweek",
  roles: peopleRoles,
  summary:
    "Per agent and pay period: changes after the schedule was first published, inside and outside the organisation's notice window, and the predictability premium owed",
  tag: "schedules",
  params: scheduleParams,
  query: fairWorkweekQuery,
  response: z.object({
    scheduleId: uuid,
    noticeWindowDays: z.number().int(),
    predictabilityPremiumMinutes: z.number().int().describe("premium per change inside the window"),
    rows: z.array(fairWorkweekRow),
  }),
});

export const exportFairWorkweekReport = defineEndpoint({
  method: "get",
  path: "/api/schedules/:scheduleId/fair-workweek/export",
  roles: peopleRoles,
  summary:
    "The fair-workweek report as CSV: agent_name,pay_period_start_utc,pay_period_end_utc,changes_inside_window,changes_outside_window,premium_minutes",
  tag: "schedules",
  params: scheduleParams,
  query: fairWorkweekQuery,
  response: z.string(),
  responseContentType: "text/csv",
});
