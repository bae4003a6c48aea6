import { z } from "zod";
import { ianaZone, isoDate, isoInstant, localTime, weeklyWindow } from "./common";

/**
 * The named-agent roster problem (`roster --input`, and the body of a roster solve): UTC instants
 * for the period, requirements and exact time off; wall-clock ideas ("HH:mm", weekday windows) in
 * each agent's IANA zone. Shift lengths and weekly minutes are real elapsed minutes, so a shift over
 * a DST night lasts what the clock on the wall of a stopwatch says. The JSON Schema generated from
 * this file is docs/roster-problem.schema.json; docs/examples/roster-problem.json is an example.
 */
const minutes = z.number().int().min(0);

export const rosterQueueSchema = z.object({
  id: z.string().min(1),
  priorityWeight: z.number().positive().default(1).describe("multiplies the cost of an agent-minute short on this queue"),
  targetAnswerSeconds: z.number().positive().optional().describe("service-level target, for the expected service level per interval"),
});

export const intervalRequirementSchema = z.object({
  queueId: z.string().min(1),
  intervalStartUtc: isoInstant,
  requiredAgents: z.number().min(0).describe("scheduled agents needed (shrinkage included; agents on break do not count)"),
  forecastCalls: z.number().min(0).optional(),
  ahtSeconds: z.number().positive().optional(),
});

export const timeOffSchema = z.union([
  z.object({ startUtc: isoInstant, endUtc: isoInstant, reason: z.string().optional() }),
  z.object({ localDate: isoDate.describe("a whole local day in the agent's zone (23 or 25 h on a DST day)"), reason: z.string().optional() }),
]);

export const agentContractSchema = z
  .object({
    minMinutesPerWeek: minutes.describe("soft: each minute below costs weights.belowContractMinute; approved time off on days the agent is available counts as paid (up to minMinutesPerWeek / maxShiftsPerWeek per day it touches)"),
    maxMinutesPerWeek: minutes,
    maxShiftsPerWeek: z.number().int().min(0),
    shiftLengthsMinutes: z.array(z.number().int().positive()).min(1).describe("paid lengths, breaks included"),
    earliestStartLocal: localTime,
    latestEndLocal: localTime.describe("at or before earliestStartLocal means the next day (\"00:00\" = midnight)"),
    maxConsecutiveDays: z.number().int().min(1),
    maxMinutesPerDay: minutes,
  })
  .refine((contract) => contract.minMinutesPerWeek <= contract.maxMinutesPerWeek, { message: "minMinutesPerWeek exceeds maxMinutesPerWeek", path: ["minMinutesPerWeek"] });

export const rosterAgentSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  timeZone: ianaZone,
  skills: z.array(z.string().min(1)).describe("queue ids the agent may work"),
  availability: z.array(weeklyWindow).describe("local weekday windows a shift must fit inside"),
  timeOff: z.array(timeOffSchema).default([]),
  contract: agentContractSchema,
  avoid: z.array(weeklyWindow).optional().describe("local windows the agent prefers not to work (soft)"),
});

export const breakRuleSchema = z
  .object({
    kind: z.enum(["break", "lunch"]),
    durationMinutes: z.number().int().positive(),
    minShiftMinutes: minutes.describe("applies to shifts at least this long"),
    earliestStartAfterMinutes: minutes,
    latestStartAfterMinutes: minutes,
  })
  .refine((rule) => rule.earliestStartAfterMinutes <= rule.latestStartAfterMinutes, { message: "window ends before it starts", path: ["latestStartAfterMinutes"] });

export const rosterRulesSchema = z.object({
  minRestMinutes: minutes.default(660).describe("real elapsed minutes between shifts (EU 2003/88/EC art. 3: 11 h)"),
  weeklyRestMinutes: minutes.default(2100).describe("one uninterrupted rest per contract week (art. 5: 35 h)"),
  startGranularityMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]).default(15),
  breaks: z.array(breakRuleSchema).default([]),
  nightStartLocal: localTime.default("22:00"),
  nightEndLocal: localTime.default("06:00"),
});

export const penaltyWeightsSchema = z.object({
  shortAgentMinute: z.number().min(0).default(1),
  overAgentMinute: z.number().min(0).default(0.25),
  belowContractMinute: z.number().min(0).default(0.5),
  weekendSpreadShift: z.number().min(0).default(30),
  nightSpreadShift: z.number().min(0).default(30),
  avoidedMinute: z.number().min(0).default(0.1),
});

export const rosterProblemSchema = z
  .object({
    periodStartUtc: isoInstant.describe("contract weeks are 7×24 h blocks from here"),
    periodEndUtc: isoInstant,
    intervalMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]),
    queues: z.array(rosterQueueSchema).min(1),
    requirements: z.array(intervalRequirementSchema),
    agents: z.array(rosterAgentSchema),
    rules: rosterRulesSchema.prefault({}),
    weights: penaltyWeightsSchema.prefault({}),
  })
  .refine((problem) => Date.parse(problem.periodEndUtc) > Date.parse(problem.periodStartUtc), { message: "periodEndUtc must be after periodStartUtc", path: ["periodEndUtc"] })
  .refine((problem) => new Set(problem.agents.map((agent) => agent.id)).size === problem.agents.length, { message: "agent ids must be unique", path: ["agents"] });

export type RosterProblemInput = z.input<typeof rosterProblemSchema>;
export type RosterProblemParsed = z.output<typeof rosterProblemSchema>;
