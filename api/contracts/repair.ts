import { z } from "zod";
import { isoDate, isoInstant } from "./common";
import { rosterSolutionSchema } from "./roster-problem";

/** A shift of the published roster a repair starts from: the `cli repair --baseline` file holds `{ shifts: [...] }`, as a roster solution's shifts. */
export const baselineShiftSchema = z.object({
  agentId: z.string().min(1).describe("the agent, as in the problem's agents"),
  startUtc: isoInstant,
  endUtc: isoInstant,
});

export const repairBaselineSchema = z.object({ shifts: z.array(baselineShiftSchema).max(200_000) });

/** How a repair prices change; the notice window and premium are organisation settings at the edge. */
export const repairSettingsSchema = z.object({
  cutoffUtc: isoInstant.describe("shifts starting before this instant have started or ended and are frozen"),
  noticeWindowDays: z
    .number()
    .int()
    .min(0)
    .max(365)
    .default(14)
    .describe("changes to shifts starting within this many days of the cut-off owe the premium"),
  predictabilityPremiumAgentMinutes: z
    .number()
    .min(0)
    .max(100_000)
    .default(60)
    .describe("objective cost (weighted agent-minutes) of each changed shift inside the notice window"),
  stabilityWeightAgentMinutes: z
    .number()
    .min(0)
    .max(100_000)
    .default(5)
    .describe("objective cost of each changed shift beyond the notice window"),
  isEmergency: z.boolean().default(false).describe("impose added hours inside the window instead of offering them"),
});

const minutes = (what: string) => z.number().describe(`${what} (2 decimals)`);
const timeSpan = z.object({ startUtc: isoInstant, endUtc: isoInstant });

export const shiftChangeSchema = z.object({
  agentId: z.string(),
  localDate: isoDate.describe("the local date of the shift in the agent's zone"),
  kind: z.enum(["moved", "shrunk", "grown", "added", "removed"]),
  before: timeSpan.nullable().describe("the published shift; null for an added one"),
  after: timeSpan.nullable().describe("the proposed shift; null for a removed one"),
  isInsideNoticeWindow: z.boolean(),
  premiumAgentMinutes: minutes("predictability pay owed, in agent-minutes; 0 beyond the notice window"),
  costAgentMinutes: minutes(
    "what the change adds to the objective: the premium, or the stability weight beyond the window",
  ),
  isOffer: z
    .boolean()
    .describe("added hours inside the notice window without an emergency: the agent may accept or decline"),
});

export const repairFiguresSchema = z.object({
  objective: minutes("roster objective plus priced change, weighted agent-minutes, blended time split by the search"),
  pricedChangeCost: minutes("the priced-change part of it"),
  agentsAffected: z.number().int().describe("agents with at least one changed shift"),
  shiftsChanged: z.number().int(),
  premiumsOwed: z.number().int().describe("changes inside the notice window"),
  premiumAgentMinutes: minutes("premium owed for them, agent-minutes"),
  offers: z.number().int().describe("changes proposed as offers"),
  shortAgentMinutesBefore: minutes(
    "agent-minutes short from the cut-off on with the published roster minus the shifts absences took",
  ),
  shortAgentMinutesAfter: minutes("agent-minutes short from the cut-off on after this roster"),
  coverageRecoveredAgentMinutes: minutes("before − after"),
  solveSeconds: minutes("seconds this roster took"),
});

/** A repair's answer: the `repair` CLI's stdout and the proposal of `POST /api/schedules/:id/repair`. */
export const repairResultSchema = z.object({
  cutoffUtc: isoInstant,
  frozenShifts: z.number().int(),
  solution: rosterSolutionSchema.describe(
    "the repaired roster (frozen shifts included), its breakdown per roster rule, bound and gap",
  ),
  objective: z.object({
    total: minutes("roster plus priced change"),
    roster: minutes("the roster rules"),
    pricedChange: minutes("priced change"),
  }),
  lowerBound: z
    .number()
    .nullable()
    .describe("a Lagrangian bound of the roster rules, valid for the total as priced change is never negative"),
  absoluteGap: z.number().nullable(),
  relativeGap: z.number().nullable(),
  changes: z.array(shiftChangeSchema),
  repair: repairFiguresSchema,
  fromScratch: repairFiguresSchema.describe(
    "the same figures for a re-solve of the same remaining horizon from scratch (frozen shifts kept, change not priced)",
  ),
  notes: z.array(z.string()),
});

export type RepairResultDto = z.infer<typeof repairResultSchema>;
