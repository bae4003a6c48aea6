import { z } from "zod";
import { ianaZone, idParams, isoInstant, uuid } from "./common";
import { MS_PER_DAY } from "./durations";
import { defineEndpoint } from "./endpoint";
import { breakRuleSchema, problemWarningSchema } from "./roster-problem";
import { everyRole, peopleRoles, planningRoles } from "./roles";
import { DEFAULT_RELATIVE_GAP } from "./solve-defaults";

export const shiftBreak = z.object({ kind: z.enum(["break", "lunch"]), startUtc: isoInstant, endUtc: isoInstant });

export const scheduleShift = z.object({
  id: uuid,
  shiftKey: uuid.describe("the same piece of work across versions (the iCal UID)"),
  agentId: uuid,
  agentName: z.string(),
  agentTimeZone: z.string().describe("the agent's work zone"),
  vendor: z.string().nullable(),
  queueIds: z.array(uuid),
  startUtc: isoInstant,
  endUtc: isoInstant,
  breaks: z.array(shiftBreak),
  sequence: z.number().int().min(0).describe("iCal SEQUENCE: rises each time a publish changes the shift"),
  revision: z
    .number()
    .int()
    .min(1)
    .describe(
      'rises with every edit of the draft shift; send it back as `If-Match: "<revision>"` to edit or delete the shift',
    ),
});

export const ruleFinding = z.object({
  rule: z.enum([
    "availability",
    "time_off",
    "rest",
    "max_minutes_per_week",
    "max_shifts_per_week",
    "skills",
    "shift_length",
    "period",
    "overlap",
    "breaks",
    "queues",
  ]),
  message: z.string(),
});

const shiftSummary = z.object({
  shiftKey: uuid,
  startUtc: isoInstant,
  endUtc: isoInstant,
  queueIds: z.array(uuid),
  breaks: z.array(shiftBreak),
});
export const publishDiff = z.object({
  previousVersionNumber: z.number().int().nullable(),
  agents: z.array(
    z.object({
      agentId: uuid,
      added: z.array(shiftSummary),
      removed: z.array(shiftSummary),
      changed: z.array(z.object({ before: shiftSummary, after: shiftSummary })),
    }),
  ),
  addedCount: z.number().int(),
  removedCount: z.number().int(),
  changedCount: z.number().int(),
});

export const scheduleVersion = z.object({
  id: uuid,
  number: z.number().int().min(1),
  status: z.enum(["draft", "published"]),
  isCurrent: z.boolean().describe("the published version agents see now"),
  source: z.enum(["solve", "manual"]),
  solveJobId: uuid.nullable(),
  solveSummary: z
    .object({
      status: z.string(),
      objectiveTotal: z.number(),
      lowerBound: z.number().nullable(),
      absoluteGap: z.number().nullable(),
      relativeGap: z.number().nullable(),
      solveSeconds: z.number(),
      isUnderstaffed: z.boolean(),
      uncoveredIntervals: z.number().int(),
    })
    .nullable(),
  createdBy: z.string(),
  createdAt: isoInstant,
  publishedBy: z.string().nullable(),
  publishedAt: isoInstant.nullable(),
  diff: publishDiff.nullable().describe("against the previous published version, recorded at publish"),
});

const scheduleQueue = z.object({
  id: uuid,
  name: z.string(),
  timeZone: z.string(),
  priorityWeight: z.number(),
  targetAnswerSeconds: z.number().nullable(),
});

export const scheduleSummary = z.object({
  id: uuid,
  name: z.string(),
  periodStartUtc: isoInstant,
  periodEndUtc: isoInstant,
  queues: z.array(scheduleQueue),
  intervalMinutes: z.number().int(),
  publishedVersionNumber: z.number().int().nullable(),
  createdAt: isoInstant,
});

export const scheduleDetail = scheduleSummary.extend({
  versions: z.array(scheduleVersion),
  solves: z.array(
    z.object({
      jobId: uuid,
      status: z.enum(["queued", "running", "succeeded", "failed", "cancelled"]),
      versionNumber: z.number().int().nullable(),
    }),
  ),
  queuesWithoutRequirements: z
    .array(uuid)
    .describe("queues without a stored forecast over the period: their coverage shows no requirement"),
});

const period = {
  periodStart: isoInstant.describe("UTC instant; contract weeks are 7×24 h blocks from here"),
  periodEnd: isoInstant,
  queueIds: z.array(uuid).min(1).max(20),
  name: z.string().trim().min(1).max(200).optional(),
};
const maxPeriodMs = 35 * MS_PER_DAY;
const periodChecks = <T extends z.ZodObject<{ periodStart: typeof isoInstant; periodEnd: typeof isoInstant }>>(
  schema: T,
) =>
  schema
    .refine((value) => Date.parse(value.periodEnd) > Date.parse(value.periodStart), {
      message: "periodEnd must be after periodStart",
      path: ["periodEnd"],
    })
    .refine((value) => Date.parse(value.periodEnd) - Date.parse(value.periodStart) <= maxPeriodMs, {
      message: "a schedule covers at most 35 days",
      path: ["periodEnd"],
    });

export const solveOptions = z.object({
  timeLimitSeconds: z.number().min(1).max(3600).default(60),
  relativeGap: z.number().min(0).max(1).default(DEFAULT_RELATIVE_GAP),
  quantile: z
    .enum(["expected", "p50", "p80", "p90"])
    .default("expected")
    .describe("which forecast the requirements staff for"),
  startGranularityMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]).default(30),
  minRestMinutes: z.number().int().min(0).max(2880).default(660),
  breaks: z
    .array(breakRuleSchema)
    .max(10)
    .optional()
    .describe("a 30-min lunch 3–4.5 h into shifts of 6 h or more and a 15-min break 1.5–2.5 h in by default"),
});

export const solveSchedule = defineEndpoint({
  method: "post",
  path: "/api/schedules/solve",
  roles: planningRoles,
  summary:
    "Build a roster problem from the organisation's agents, approved time off and stored forecast requirements, and solve it as a job; the result becomes a draft version",
  tag: "schedules",
  body: periodChecks(
    z.object({ ...period, agentIds: z.array(uuid).max(5000).optional(), options: solveOptions.prefault({}) }),
  ),
  response: z.object({
    jobId: uuid.describe("the solve job to follow (GET /api/solve-jobs/:jobId)"),
    scheduleId: uuid.describe("the schedule the roster becomes a draft of"),
    warnings: z
      .array(problemWarningSchema)
      .describe(
        "what building the problem did not take as given (spans of the period without a covering forecast); the job's result lists them too, before the solve's own",
      ),
  }),
  responseStatus: 202,
});

export const createSchedule = defineEndpoint({
  method: "post",
  path: "/api/schedules",
  roles: planningRoles,
  summary: "Create a schedule by hand, with an empty draft version 1",
  tag: "schedules",
  body: periodChecks(z.object({ ...period, minRestMinutes: z.number().int().min(0).max(2880).default(660) })),
  response: scheduleDetail.extend({
    warnings: z
      .array(problemWarningSchema)
      .describe(
        "what staffing the period did not take as given (spans no stored forecast covers, as for POST /api/schedules/solve)",
      ),
  }),
  responseStatus: 201,
});

export const listSchedules = defineEndpoint({
  method: "get",
  path: "/api/schedules",
  roles: peopleRoles,
  summary: "Schedules, newest period first",
  tag: "schedules",
  response: z.object({ schedules: z.array(scheduleSummary) }),
});

export const scheduleParams = idParams("scheduleId");
const versionParams = z.object({ scheduleId: uuid, versionNumber: z.coerce.number().int().min(1).max(1_000_000) });
const shiftParams = z.object({ scheduleId: uuid, shiftId: uuid });

export const getSchedule = defineEndpoint({
  method: "get",
  path: "/api/schedules/:scheduleId",
  roles: peopleRoles,
  summary:
    "A schedule with its versions (and the diff each publish recorded) and its solves; a finished solve becomes a draft here",
  tag: "schedules",
  params: scheduleParams,
  response: scheduleDetail,
});

export const coverageEntry = z.object({
  queueId: uuid.describe("the queue"),
  intervalStartUtc: isoInstant.describe("UTC instant the interval starts"),
  requiredAgents: z.number().describe("agents the stored requirement asks for (2 decimals)"),
  scheduledAgents: z
    .number()
    .describe("agents on the queue, breaks excluded; a blended shift split by the queues' requirements (2 decimals)"),
  shortAgents: z.number().describe("required − scheduled when positive (2 decimals)"),
  expectedServiceLevelFraction: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe("expected share answered within the queue's target (4 decimals); null without a target or forecast"),
});

export const getScheduleRoster = defineEndpoint({
  method: "get",
  path: "/api/schedules/:scheduleId/roster",
  roles: peopleRoles,
  summary:
    "A week (or any range up to 35 days) of a version: shifts with breaks and coverage per interval; a vendor manager sees only their partner's published shifts and no coverage",
  tag: "schedules",
  params: scheduleParams,
  query: z.object({
    version: z
      .union([z.enum(["latest", "published"]), z.coerce.number().int().min(1)])
      .default("latest")
      .describe("`latest` (default), `published`, or a version number"),
    from: isoInstant.optional().describe("the period start by default"),
    to: isoInstant.optional().describe("the period end by default"),
  }),
  response: z.object({
    scheduleId: uuid,
    versionNumber: z.number().int(),
    status: z.enum(["draft", "published"]),
    from: isoInstant,
    to: isoInstant,
    intervalMinutes: z.number().int(),
    shifts: z.array(scheduleShift),
    coverage: z.array(coverageEntry).nullable(),
  }),
});

export const createScheduleVersion = defineEndpoint({
  method: "post",
  path: "/api/schedules/:scheduleId/versions",
  roles: planningRoles,
  summary:
    "A new draft by hand: a copy of a version (the published one by default, else the latest), keeping shift keys",
  tag: "schedules",
  params: scheduleParams,
  body: z.object({ fromVersion: z.number().int().min(1).optional() }),
  response: scheduleVersion,
  responseStatus: 201,
});

export const shiftInput = z.object({
  agentId: uuid,
  queueIds: z.array(uuid).min(1).max(20),
  startUtc: isoInstant,
  endUtc: isoInstant,
  breaks: z.array(shiftBreak).max(10).default([]),
});

const shiftChange = z.object({
  shift: scheduleShift,
  warnings: z.array(ruleFinding).describe("hard rules of the optimiser this shift breaks; the shift is saved anyway"),
});

export const addScheduleShift = defineEndpoint({
  method: "post",
  path: "/api/schedules/:scheduleId/versions/:versionNumber/shifts",
  roles: planningRoles,
  summary:
    "Add a shift to a draft; rule breaks come back as warnings, structural problems (period, overlap, breaks, queues) are rejected with 422; answers the new shift's revision as ETag",
  tag: "schedules",
  params: versionParams,
  body: shiftInput,
  response: shiftChange,
  responseStatus: 201,
});

export const updateScheduleShift = defineEndpoint({
  method: "patch",
  path: "/api/schedules/:scheduleId/shifts/:shiftId",
  roles: planningRoles,
  summary:
    'Move, resize or reassign a shift of a draft; breaks move with the start unless given; warnings as when adding. Needs `If-Match: "<revision>"` (the shift\'s `revision`, or the ETag of its last change): 428 precondition_required without it, 409 version_conflict when the shift was changed since; answers the new revision as ETag',
  tag: "schedules",
  params: shiftParams,
  body: shiftInput
    .extend({ breaks: z.array(shiftBreak).max(10).describe("moved with the start when left out") })
    .partial(),
  response: shiftChange,
});

export const deleteScheduleShift = defineEndpoint({
  method: "delete",
  path: "/api/schedules/:scheduleId/shifts/:shiftId",
  roles: planningRoles,
  summary:
    'Remove a shift from a draft. Needs `If-Match: "<revision>"` as an edit does (428 without it, 409 version_conflict when the shift was changed since)',
  tag: "schedules",
  params: shiftParams,
  response: z.object({ isDeleted: z.literal(true) }),
});

export const publishScheduleVersion = defineEndpoint({
  method: "post",
  path: "/api/schedules/:scheduleId/versions/:versionNumber/publish",
  roles: planningRoles,
  summary:
    "Publish a draft: agents see it from now on; records who, when and the difference from the previous published version in the change ledger, and tells each agent whose shifts changed",
  tag: "schedules",
  params: versionParams,
  body: z
    .object({
      reasonCode: z
        .string()
        .trim()
        .min(1)
        .max(64)
        .optional()
        .describe("why, as a short code (e.g. forecast_change); shown to the agents told"),
      note: z
        .string()
        .trim()
        .min(1)
        .max(2000)
        .optional()
        .describe("the planner's note to the agents whose shifts changed"),
    })
    .optional(),
  response: scheduleVersion,
});

export const exportScheduleVersion = defineEndpoint({
  method: "get",
  path: "/api/schedules/:scheduleId/versions/:versionNumber/export",
  roles: planningRoles,
  summary:
    "A version's shifts as CSV: agent_name,agent_email,vendor,agent_time_zone,queues,start_utc,end_utc,start_local,end_local,length_minutes,breaks",
  tag: "schedules",
  params: versionParams,
  response: z.string(),
  responseContentType: "text/csv",
});

const shiftsQuery = z
  .object({
    from: isoInstant,
    to: isoInstant,
    timeZone: ianaZone
      .optional()
      .describe("the zone for the local times; the person's display zone, else the agent's work zone"),
  })
  .refine((query) => Date.parse(query.to) > Date.parse(query.from), { message: "to must be after from", path: ["to"] })
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) <= 120 * MS_PER_DAY, {
    message: "at most 120 days",
    path: ["to"],
  });

export const publishedShift = z.object({
  id: uuid,
  shiftKey: uuid,
  scheduleId: uuid,
  scheduleName: z.string(),
  versionNumber: z.number().int(),
  queues: z.array(z.object({ id: uuid, name: z.string() })),
  startUtc: isoInstant,
  endUtc: isoInstant,
  startLocal: z.string().describe("ISO 8601 with the offset in force in `timeZone`"),
  endLocal: z.string(),
  breaks: z.array(shiftBreak.extend({ startLocal: z.string(), endLocal: z.string() })),
});

const agentShifts = z.object({
  agentId: uuid,
  timeZone: z.string(),
  agentTimeZone: z.string(),
  shifts: z.array(publishedShift),
});

export const getMyShifts = defineEndpoint({
  method: "get",
  path: "/api/me/shifts",
  roles: everyRole,
  summary: "The signed-in agent's own published shifts with breaks and queue names, as UTC instants and in their zone",
  tag: "schedules",
  query: shiftsQuery,
  response: agentShifts,
});

export const getAgentShifts = defineEndpoint({
  method: "get",
  path: "/api/agents/:agentId/shifts",
  roles: everyRole,
  summary:
    "One agent's published shifts (a vendor manager only their partner's agents, an agent only themself: others answer 404)",
  tag: "schedules",
  params: idParams("agentId"),
  query: shiftsQuery,
  response: agentShifts,
});

const feedState = z.object({
  isActive: z.boolean(),
  createdAt: isoInstant.nullable(),
  lastFetchedAt: isoInstant.nullable(),
});

export const getCalendarFeed = defineEndpoint({
  method: "get",
  path: "/api/me/calendar-feed",
  roles: everyRole,
  summary: "Whether the signed-in agent has an iCal feed (its URL is shown only when made: only a hash is kept)",
  tag: "calendar",
  response: feedState,
});

export const rotateCalendarFeed = defineEndpoint({
  method: "post",
  path: "/api/me/calendar-feed",
  roles: everyRole,
  summary: "Make the agent's secret iCal feed URL, or a new one (the old URL stops working); shown once",
  tag: "calendar",
  response: feedState.extend({
    url: z.string().describe("absolute URL of the feed; calendar apps poll it on their own clock"),
    path: z.string(),
  }),
  responseStatus: 201,
});

export const revokeCalendarFeed = defineEndpoint({
  method: "delete",
  path: "/api/me/calendar-feed",
  roles: everyRole,
  summary: "Revoke the agent's iCal feed",
  tag: "calendar",
  response: feedState,
});

export const calendarFeed = defineEndpoint({
  method: "get",
  path: "/api/calendar/:token.ics",
  isPublic: true,
  summary:
    "An agent's published shifts and breaks, 4 weeks back to 12 ahead, as iCalendar (reached by its secret token)",
  tag: "calendar",
  params: z.object({ token: z.string().min(20).max(200) }),
  response: z.string(),
  responseContentType: "text/calendar",
});
