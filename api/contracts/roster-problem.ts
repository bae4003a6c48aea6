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
  priorityWeight: z
    .number()
    .positive()
    .default(1)
    .describe("multiplies the cost of an agent-minute short on this queue"),
  targetAnswerSeconds: z
    .number()
    .positive()
    .optional()
    .describe("service-level target, for the expected service level per interval"),
});

export const intervalRequirementSchema = z.object({
  queueId: z.string().min(1),
  intervalStartUtc: isoInstant,
  requiredAgents: z
    .number()
    .min(0)
    .describe("scheduled agents needed (shrinkage included; agents on break do not count)"),
  forecastCalls: z.number().min(0).optional(),
  ahtSeconds: z.number().positive().optional(),
});

export const timeOffSchema = z.union([
  z.object({ startUtc: isoInstant, endUtc: isoInstant, reason: z.string().optional() }),
  z.object({
    localDate: isoDate.describe("a whole local day in the agent's zone (23 or 25 h on a DST day)"),
    reason: z.string().optional(),
  }),
]);

export const agentContractSchema = z
  .object({
    minMinutesPerWeek: minutes.describe(
      "soft: each minute below costs weights.belowContractMinute; approved time off on days the agent is available counts as paid (up to minMinutesPerWeek / maxShiftsPerWeek per day it touches)",
    ),
    maxMinutesPerWeek: minutes,
    maxShiftsPerWeek: z.number().int().min(0),
    shiftLengthsMinutes: z.array(z.number().int().positive()).min(1).describe("paid lengths, breaks included"),
    earliestStartLocal: localTime,
    latestEndLocal: localTime.describe('at or before earliestStartLocal means the next day ("00:00" = midnight)'),
    maxConsecutiveDays: z.number().int().min(1),
    maxMinutesPerDay: minutes,
  })
  .refine((contract) => contract.minMinutesPerWeek <= contract.maxMinutesPerWeek, {
    message: "minMinutesPerWeek exceeds maxMinutesPerWeek",
    path: ["minMinutesPerWeek"],
  });

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
  .refine((rule) => rule.earliestStartAfterMinutes <= rule.latestStartAfterMinutes, {
    message: "window ends before it starts",
    path: ["latestStartAfterMinutes"],
  });

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

/**
 * A warning of a solve: input accepted but not taken as given. The codes are stable:
 * `duplicate_requirements` (rows for one queue interval, summed), `requirements_outside_period`
 * (rows outside the period, dropped), `unknown_skill_queue` (an agent skill naming no queue of the
 * problem, ignored), `intervals_without_forecast` (queue intervals of the period no stored forecast
 * covers, left without a requirement).
 */
export const problemWarningSchema = z.object({
  code: z
    .enum([
      "duplicate_requirements",
      "requirements_outside_period",
      "unknown_skill_queue",
      "intervals_without_forecast",
    ])
    .describe("stable code of what was done"),
  message: z.string().describe("what was done, for a person"),
  count: z.number().int().min(0).describe("how many rows, skills or intervals it concerns"),
});
export type ProblemWarningDto = z.infer<typeof problemWarningSchema>;

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
    warnings: z
      .array(problemWarningSchema)
      .max(1000)
      .default([])
      .describe(
        "what building the problem did not take as given (POST /api/schedules/solve: spans without a covering forecast); the solution's warnings list them first",
      ),
  })
  .refine((problem) => Date.parse(problem.periodEndUtc) > Date.parse(problem.periodStartUtc), {
    message: "periodEndUtc must be after periodStartUtc",
    path: ["periodEndUtc"],
  })
  .refine((problem) => new Set(problem.agents.map((agent) => agent.id)).size === problem.agents.length, {
    message: "agent ids must be unique",
    path: ["agents"],
  });

export type RosterProblemInput = z.input<typeof rosterProblemSchema>;
export type RosterProblemParsed = z.output<typeof rosterProblemSchema>;

const agentMinutes = (what: string) => z.number().describe(`${what}, in weighted agent-minutes (2 decimals)`);
const agentsOf = (what: string) => z.number().min(0).describe(`${what}, in agents (2 decimals)`);
const offReason = z.enum([
  "rest",
  "max_minutes_per_week",
  "max_shifts_per_week",
  "max_consecutive_days",
  "weekly_rest",
  "time_off",
  "availability",
  "on_break",
  "serving_other_queue",
  "cost_tradeoff",
]);

/** The solution of a roster problem: the `roster` CLI's stdout and the `result` of a roster solve job. */
export const rosterSolutionSchema = z.object({
  status: z
    .enum(["optimal", "gap_reached", "time_limit", "interrupted", "infeasible", "unbounded", "error", "heuristic"])
    .describe(
      "optimal: the bound meets the objective; gap_reached: stopped at the requested relative gap; time_limit: time ran out first; interrupted: cancelled; heuristic: the greedy start, the solver found nothing better; error: the solver failed (see notes)",
    ),
  isUnderstaffed: z
    .boolean()
    .describe("some queue interval is left short; the roster is still returned with the reasons in `uncovered`"),
  method: z
    .enum(["milp", "pooled_decomposition", "lagrangian_search"])
    .describe("how the roster was found: one MILP (small problems), or a Lagrangian bound with local search"),
  objective: z
    .object({
      total: agentMinutes("what the roster costs: the sum of the breakdown's costs"),
      breakdown: z
        .array(
          z.object({
            rule: z
              .enum(["short_cover", "over_cover", "below_contract", "weekend_spread", "night_spread", "avoided_time"])
              .describe("the soft rule charged"),
            unit: z.string().describe("the unit of quantity: agent-minutes, minutes or shifts"),
            quantity: z.number().describe("amount in that unit before the weight (2 decimals)"),
            cost: agentMinutes("its share of the total"),
          }),
        )
        .describe("the objective per soft rule"),
    })
    .describe("the objective minimised"),
  lowerBound: z
    .number()
    .nullable()
    .describe(
      "a proven lower bound on the best possible objective, in weighted agent-minutes (2 decimals); null when none was proven",
    ),
  absoluteGap: z.number().nullable().describe("objective − lowerBound, in weighted agent-minutes (2 decimals)"),
  relativeGap: z
    .number()
    .min(0)
    .nullable()
    .describe(
      "(objective − lowerBound) / objective, a fraction (6 decimals); the solve stops once it reaches the requested gap",
    ),
  solveSeconds: z.number().min(0).describe("wall-clock seconds the solve took (2 decimals)"),
  shifts: z
    .array(
      z.object({
        agentId: z.string().describe("the agent's id in the problem"),
        startUtc: isoInstant.describe("UTC instant the shift starts"),
        endUtc: isoInstant.describe("UTC instant it ends (exclusive)"),
        startLocal: z.string().describe("wall-clock start in the agent's zone, ISO 8601 with the offset in force"),
        endLocal: z.string().describe("wall-clock end in the agent's zone"),
        lengthMinutes: z.number().int().describe("real elapsed minutes, breaks included"),
        queueIds: z
          .array(z.string())
          .describe("queues the agent may serve in the shift (a blended agent serves any of them)"),
        breaks: z
          .array(
            z.object({
              kind: z.enum(["break", "lunch"]).describe("which break rule placed it"),
              startUtc: isoInstant.describe("UTC instant it starts"),
              endUtc: isoInstant.describe("UTC instant it ends"),
            }),
          )
          .describe("breaks and lunch placed by the break rules; they do not count as coverage"),
      }),
    )
    .describe("the rostered shifts"),
  agentWeeks: z
    .array(
      z.object({
        agentId: z.string().describe("the agent's id in the problem"),
        week: z.number().int().min(0).describe("contract week: 7×24 h blocks from periodStartUtc, 0 first"),
        minutes: z.number().describe("paid minutes rostered in the week (2 decimals)"),
        shifts: z.number().int().min(0).describe("shifts rostered in the week"),
        minMinutes: z.number().describe("the contract's weekly minimum, lowered by paid time off"),
        maxMinutes: z.number().describe("the contract's weekly maximum"),
      }),
    )
    .describe("each agent's contract weeks against their contract"),
  coverage: z
    .array(
      z.object({
        queueId: z.string().describe("the queue's id in the problem"),
        intervalStartUtc: isoInstant.describe("UTC instant the interval starts"),
        requiredAgents: agentsOf("agents the requirement asks for"),
        scheduledAgents: agentsOf(
          "agents rostered on the queue, breaks excluded; a blended agent's time split among its queues",
        ),
        shortAgents: agentsOf("required − scheduled when positive"),
        overAgents: agentsOf("scheduled − required when positive"),
        expectedServiceLevelFraction: z
          .number()
          .min(0)
          .max(1)
          .nullable()
          .describe(
            "expected share answered within the queue's target at the scheduled agents (Erlang C, 4 decimals); null without a target, calls or handle time",
          ),
      }),
    )
    .describe("every queue interval of the period"),
  uncovered: z
    .array(
      z.object({
        queueId: z.string().describe("the queue's id in the problem"),
        intervalStartUtc: isoInstant.describe("UTC instant the interval starts"),
        shortAgents: agentsOf("agents short"),
        skilledAgents: z
          .array(
            z.object({
              agentId: z.string().describe("the agent's id in the problem"),
              reason: offReason.describe("the rule that kept the agent off the queue then"),
            }),
          )
          .describe("every agent skilled for the queue"),
      }),
    )
    .describe("the intervals left short, each explained"),
  model: z
    .object({
      variables: z.number().int().min(0).describe("decision variables of the model solved"),
      rows: z.number().int().min(0).describe("rows (constraints) of the model solved"),
      rowsByFamily: z.record(z.string(), z.number().int()).describe("rows added by each rule family"),
      prunedCandidatesByRule: z
        .record(z.string(), z.number().int())
        .describe("candidate shifts never generated, by the rule that excludes them"),
    })
    .describe("the size of the model solved"),
  notes: z.array(z.string()).describe("how the solve went, for a person"),
  warnings: z
    .array(problemWarningSchema)
    .describe("what the solve did with input it accepted but did not take as given"),
});
export type RosterSolutionDto = z.infer<typeof rosterSolutionSchema>;
