import { z } from "zod";
import { fraction, ianaZone, isoDate } from "./common";
import { defineEndpoint } from "./endpoint";

/**
 * Long-range capacity plan (issue 8): the plan's inputs and assumptions, attrition curves (estimated
 * and edited), scenarios, and the result per week with gap flags and episodes. Mirrors
 * api/domain/capacity; tests check the domain's output against these schemas.
 */
const name = z.string().trim().min(1).max(120);
const nonNegative = z.number().finite().min(0);
const minutesPerWeek = z.number().finite().min(0).max(10_080);
const rampFractions = z.array(fraction).max(26).describe("productivity in each week after training, then full");

export const attritionCurve = z.object({
  attritionCohort: name,
  weeklyHazardFractions: z
    .array(fraction)
    .length(52)
    .describe("share of those employed at a week's start who leave in it, per week-of-year bucket"),
  source: z.enum(["estimated", "edited", "manual"]).default("manual"),
});

export const estimatedAttritionCurve = attritionCurve.extend({
  source: z.literal("estimated"),
  departures: nonNegative,
  agentWeeksAtRisk: nonNegative,
  overallWeeklyHazardFraction: fraction,
  credibilityK: nonNegative
    .nullable()
    .describe("exposure at which a week's own rate gets half the weight (Bühlmann–Straub); null: all pooled"),
  departuresByWeekOfYear: z.array(nonNegative).length(52),
  agentsAtRiskByWeekOfYear: z.array(nonNegative).length(52),
});

export const attritionHistoryInput = z.object({
  fromDate: isoDate,
  toDate: isoDate.describe("last day of the history (inclusive)"),
  smoothingHalfWidthWeeks: z.number().int().min(0).max(8).default(1),
  agents: z
    .array(
      z.object({
        id: name,
        attritionCohort: name,
        hireDate: isoDate.nullish(),
        endDate: isoDate.nullish().describe("last day employed"),
      }),
    )
    .max(100_000),
});

export const attritionCurveEdit = z.object({ weekOfYear: z.number().int().min(1).max(52), hazardFraction: fraction });

export const capacityAssumptions = z.object({
  fullTimeMinutesPerWeek: z.number().finite().positive().max(10_080).default(2400),
  productiveHoursPerFtePerWeek: z.number().finite().positive().max(168).default(40),
  scheduleEfficiencyFraction: fraction.default(0.1).describe("default from recent rosters, else 10 %"),
  gapToleranceFraction: fraction.default(0.03),
  gapToleranceFte: nonNegative.default(1),
  severity: z.object({ mediumFraction: fraction.default(0.05), highFraction: fraction.default(0.1) }).prefault({}),
  episodeBridgeWeeks: z.number().int().min(0).max(4).default(1),
  attritionMultipliers: z.record(z.string(), nonNegative).default({}),
  demandGrowthFraction: z.number().finite().min(-0.9).max(10).default(0),
});

export const demandWeek = z
  .object({ weekStartDate: isoDate, requiredFte: nonNegative.optional(), scheduledAgentHours: nonNegative.optional() })
  .refine((week) => (week.requiredFte === undefined) !== (week.scheduledAgentHours === undefined), {
    message: "give exactly one of requiredFte and scheduledAgentHours",
  });

export const queueVolumeForecast = z.object({
  queueName: name,
  intervalMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]),
  weekdayShares: z.array(nonNegative).length(7).describe("weights Monday first, normalised"),
  intradayShares: z.array(nonNegative).min(24).max(96).describe("one weight per interval of the day, normalised"),
  settings: z.object({
    ahtSeconds: z.number().finite().positive(),
    targetAnswerSeconds: nonNegative,
    targetServiceLevel: fraction.optional(),
    targetAsaSeconds: z.number().finite().positive().optional(),
    model: z.enum(["erlang-c", "erlang-a"]).optional(),
    patienceSeconds: z.number().finite().positive().optional(),
    shrinkage: z.number().min(0).lt(1).optional(),
    maxOccupancy: fraction.optional(),
    channel: z.enum(["voice", "chat"]).optional(),
    concurrency: z.number().int().min(1).max(10).optional(),
  }),
  weeks: z.array(z.object({ weekStartDate: isoDate, volume: nonNegative })).max(60),
});

export const capacityAgent = z.object({
  id: name,
  attritionCohort: name,
  vendor: name.nullish(),
  contractedMinutesPerWeek: minutesPerWeek,
  hireDate: isoDate.nullish(),
  endDate: isoDate.nullish().describe("last day employed: a known departure"),
});

export const hireClass = z.object({
  id: name,
  attritionCohort: name,
  vendor: name.nullish(),
  startDate: isoDate.describe("first training day"),
  size: z.number().int().min(0).max(10_000),
  contractedMinutesPerWeek: minutesPerWeek,
  trainingWeeks: z.number().int().min(0).max(52),
  rampFractions,
});

export const hiringAssumptions = z.object({
  attritionCohort: name,
  vendor: name.nullish(),
  contractedMinutesPerWeek: minutesPerWeek,
  recruitingLeadWeeks: z.number().int().min(0).max(52),
  trainingWeeks: z.number().int().min(0).max(52),
  rampFractions,
});

export const costRates = z.object({
  annualCostPerFteByCohort: z.record(z.string(), nonNegative).default({}),
  annualCostPerFteByVendor: z.record(z.string(), nonNegative).default({}),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "ISO 4217 code such as EUR")
    .default("EUR"),
});

export const capacityScenario = z.object({
  name,
  attritionMultipliers: z.record(z.string(), nonNegative).optional(),
  demandGrowthFraction: z.number().finite().min(-0.9).max(10).optional(),
  addHireClasses: z.array(hireClass).max(100).optional(),
  removeHireClassIds: z.array(name).max(100).optional(),
  attritionCurves: z.array(attritionCurve).max(50).optional(),
});

export const capacityPlanInput = z
  .object({
    name,
    zone: ianaZone,
    startDate: isoDate.describe("the plan starts with the week containing it"),
    weekCount: z.number().int().min(1).max(52).default(52),
    firstDayOfWeek: z.number().int().min(1).max(7).default(1).describe("ISO weekday: 1 = Monday … 7 = Sunday"),
    asOfDate: isoDate.nullish().describe("today: recruiting cannot start earlier; the first plan week by default"),
    assumptions: capacityAssumptions.prefault({}),
    demand: z.array(demandWeek).max(60).optional(),
    volumeForecasts: z.array(queueVolumeForecast).max(50).optional(),
    agents: z.array(capacityAgent).max(50_000),
    hireClasses: z.array(hireClass).max(500).default([]),
    attritionCurves: z.array(attritionCurve).max(50),
    hiring: hiringAssumptions,
    costs: costRates.prefault({}),
    scenarios: z.array(capacityScenario).max(20).default([]),
  })
  .refine((plan) => (plan.demand === undefined) !== (plan.volumeForecasts === undefined), {
    message: "give exactly one of demand (FTE or hours per week) and volumeForecasts",
    path: ["demand"],
  });
export type CapacityPlanInputDto = z.infer<typeof capacityPlanInput>;

const severity = z.enum(["low", "medium", "high"]);

export const capacityWeek = z.object({
  index: z.number().int(),
  startEpochDay: z.number().int(),
  weekStartDate: isoDate,
  weekLastDate: isoDate,
  startsAtUtc: z.string(),
  endsAtUtc: z.string(),
  weekOfYear: z.number().int().min(1).max(52),
  requiredFte: z.number(),
  baselineFte: z.number().describe("today's agents at contract, as if nobody left"),
  knownDepartureFte: z.number(),
  expectedAttritionFte: z.number(),
  hirePaidFte: z.number(),
  hireProductiveFte: z.number(),
  hireAttritionFte: z.number(),
  productiveFte: z.number(),
  paidFte: z.number(),
  gapFte: z.number().describe("required − productive; positive is short"),
  cost: z.number(),
  cohorts: z.array(
    z.object({
      attritionCohort: z.string(),
      presentFte: z.number(),
      hirePaidFte: z.number(),
      hireProductiveFte: z.number(),
      exitsFte: z.number(),
    }),
  ),
});

export const gapFlag = z.object({
  weekIndex: z.number().int(),
  weekStartDate: isoDate,
  weekLastDate: isoDate,
  requiredFte: z.number(),
  productiveFte: z.number(),
  shortFte: z.number(),
  toleranceFte: z.number(),
  shortFraction: z.number(),
  severity,
});

export const hiringRecommendation = z.object({
  attritionCohort: z.string(),
  vendor: z.string().nullable(),
  recruitByDate: isoDate,
  classStartDate: isoDate,
  firstProductiveWeekStartDate: isoDate,
  classSize: z.number().int().min(0),
  isTooLate: z.boolean(),
  isCoveredByEarlierClass: z.boolean(),
  uncoveredWeekStartDates: z.array(isoDate),
});

export const gapEpisode = z.object({
  startWeekIndex: z.number().int(),
  endWeekIndex: z.number().int(),
  startDate: isoDate,
  lastDate: isoDate,
  flaggedWeekCount: z.number().int(),
  peakShortFte: z.number(),
  peakWeekStartDate: isoDate,
  shortFteWeeks: z.number(),
  severity,
  causes: z.array(
    z.object({
      kind: z.enum(["exits", "demand", "starting-shortfall"]),
      attritionCohort: z.string().optional(),
      label: z.string(),
      fte: z.number(),
    }),
  ),
  summary: z.string(),
  recommendation: hiringRecommendation,
});

export const planTotals = z.object({
  weekCount: z.number().int(),
  averageRequiredFte: z.number(),
  averageProductiveFte: z.number(),
  endingProductiveFte: z.number(),
  peakShortFte: z.number(),
  shortFteWeeks: z.number(),
  flaggedWeekCount: z.number().int(),
  episodeCount: z.number().int(),
  plannedHireHeads: z.number().int(),
  totalCost: z.number(),
  uncostedGroups: z.array(z.string()),
});

export const capacityPlanResult = z.object({
  planName: z.string(),
  zone: z.string(),
  currency: z.string(),
  firstWeekStartDate: isoDate,
  weeks: z.array(capacityWeek),
  flags: z.array(gapFlag),
  episodes: z.array(gapEpisode),
  costs: z.array(
    z.object({
      costGroup: z.string(),
      annualCostPerFte: z.number().nullable(),
      averagePaidFte: z.number(),
      totalCost: z.number(),
    }),
  ),
  totals: planTotals,
});

const versusBase = z.object({
  totalCost: z.number(),
  shortFteWeeks: z.number(),
  peakShortFte: z.number(),
  plannedHireHeads: z.number(),
});

export const scenarioComparison = z.object({
  columns: z.array(
    z.object({ name: z.string(), totals: planTotals, episodeSummaries: z.array(z.string()), versusBase }),
  ),
  weeks: z.array(
    z.object({
      weekStartDate: isoDate,
      requiredFte: z.array(z.number()),
      productiveFte: z.array(z.number()),
      gapFte: z.array(z.number()),
    }),
  ),
});

/** What `shiftcast capacity --input plan.json` prints. */
export const capacityCommandOutput = z.object({
  plan: capacityPlanResult,
  scenarioComparison: scenarioComparison.nullable(),
});

/*
 * Database-backed capacity plans. A plan is a snapshot of the organisation's facts when it was made
 * (today's agents with their contracts and known end dates, weekly demand derived from the queues'
 * history) plus the director's assumptions; its result is recomputed when the assumptions change,
 * with the organisation's current attrition curves (estimated, or edited where a director edited).
 */

/** Everything a director may change on a plan; missing fields take the organisation-derived defaults. */
export const planAssumptions = z.object({
  capacity: capacityAssumptions,
  hiring: hiringAssumptions,
  costs: costRates,
  hireClasses: z.array(hireClass).max(500),
});
export type PlanAssumptionsDto = z.infer<typeof planAssumptions>;

const partialPlanAssumptions = z.object({
  capacity: capacityAssumptions.partial().optional(),
  hiring: hiringAssumptions.partial().optional(),
  costs: costRates.partial().optional(),
  hireClasses: z.array(hireClass).max(500).optional(),
});

export const createCapacityPlanInput = z.object({
  name,
  startDate: isoDate
    .optional()
    .describe("the plan starts with the week containing it; default today in the organisation's zone"),
  weekCount: z.number().int().min(1).max(52).default(52),
  asOfDate: isoDate.optional().describe("today for the plan: agents employed then, history before it; default today"),
  queueIds: z
    .array(z.uuid())
    .max(50)
    .optional()
    .describe("the queues whose demand the plan covers, and whose skilled agents supply it; default all"),
  assumptions: partialPlanAssumptions.optional(),
});
export type CreateCapacityPlanInputDto = z.infer<typeof createCapacityPlanInput>;

const demandSource = z.object({
  queueId: z.uuid(),
  queueName: z.string(),
  method: z.string().describe("forecast method of the long-range band"),
  forecastVolume: z.number(),
  scheduledAgentHours: z.number(),
});

export const capacityPlanSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  startDate: isoDate,
  weekCount: z.number().int(),
  asOfDate: isoDate,
  createdAt: z.string(),
  updatedAt: z.string(),
  createdByUserId: z.uuid().nullable(),
  totals: planTotals,
  episodeSummaries: z.array(z.string()),
});

export const capacityScenarioRecord = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  name: z.string(),
  changes: capacityScenario.omit({ name: true }),
  createdAt: z.string(),
  createdByUserId: z.uuid().nullable(),
  result: capacityPlanResult,
});
export type CapacityScenarioRecordDto = z.infer<typeof capacityScenarioRecord>;

export const capacityPlanDetail = capacityPlanSummary.omit({ totals: true, episodeSummaries: true }).extend({
  zone: z.string(),
  queueIds: z.array(z.uuid()),
  agentCount: z.number().int(),
  demandSources: z.array(demandSource),
  assumptions: planAssumptions,
  attritionCurves: z.array(attritionCurve).describe("the curves the result was computed with"),
  result: capacityPlanResult,
  scenarios: z.array(z.object({ id: z.uuid(), name: z.string(), totals: planTotals })),
});
export type CapacityPlanDetailDto = z.infer<typeof capacityPlanDetail>;

export const cohortAttritionCurve = z.object({
  attritionCohort: z.string(),
  estimated: estimatedAttritionCurve,
  estimatedFromDate: isoDate,
  estimatedToDate: isoDate,
  editedWeeklyHazardFractions: z.array(fraction).length(52).nullable(),
  editedAt: z.string().nullable(),
  effective: attritionCurve,
  annualAttritionFraction: fraction.describe("share of a closed group lost over a year on the effective curve"),
});
export type CohortAttritionCurveDto = z.infer<typeof cohortAttritionCurve>;

const planParams = z.object({ planId: z.uuid() });
const asOfQuery = z.object({
  asOf: isoDate.optional().describe("estimate from the history before this date; default today"),
});

export const listCapacityPlans = defineEndpoint({
  method: "get",
  path: "/api/capacity/plans",
  summary: "The organisation's capacity plans, newest first",
  tag: "capacity",
  response: z.object({ plans: z.array(capacityPlanSummary) }),
});

export const createCapacityPlan = defineEndpoint({
  method: "post",
  path: "/api/capacity/plans",
  summary: "Make a capacity plan from today's agents, their known end dates, cohort curves and the queues' history",
  tag: "capacity",
  body: createCapacityPlanInput,
  response: capacityPlanDetail,
  responseStatus: 201,
});

export const getCapacityPlan = defineEndpoint({
  method: "get",
  path: "/api/capacity/plans/:planId",
  summary: "A plan with its weekly table, gap flags and episodes with recommendations",
  tag: "capacity",
  params: planParams,
  response: capacityPlanDetail,
});

export const updateCapacityPlanAssumptions = defineEndpoint({
  method: "put",
  path: "/api/capacity/plans/:planId/assumptions",
  summary: "Replace a plan's assumptions and recompute it (with the current attrition curves)",
  tag: "capacity",
  params: planParams,
  body: planAssumptions,
  response: capacityPlanDetail,
});

export const recomputeCapacityPlan = defineEndpoint({
  method: "post",
  path: "/api/capacity/plans/:planId/recompute",
  summary: "Recompute a plan and its scenarios with the current attrition curves",
  tag: "capacity",
  params: planParams,
  response: capacityPlanDetail,
});

export const deleteCapacityPlan = defineEndpoint({
  method: "delete",
  path: "/api/capacity/plans/:planId",
  summary: "Delete a plan and its scenarios",
  tag: "capacity",
  params: planParams,
  response: z.object({ deleted: z.literal(true) }),
});

export const createCapacityScenarioInput = z.object({
  name,
  changes: capacityScenario.omit({ name: true }).default({}),
  addRecommendedClasses: z.boolean().default(false).describe("add the class each of the plan's episodes recommends"),
});

export const createCapacityScenario = defineEndpoint({
  method: "post",
  path: "/api/capacity/plans/:planId/scenarios",
  summary: "A scenario: the plan copied with changes (attrition, demand growth, classes, curves)",
  tag: "capacity",
  params: planParams,
  body: createCapacityScenarioInput,
  response: capacityScenarioRecord,
  responseStatus: 201,
});

export const deleteCapacityScenario = defineEndpoint({
  method: "delete",
  path: "/api/capacity/plans/:planId/scenarios/:scenarioId",
  summary: "Delete a scenario",
  tag: "capacity",
  params: z.object({ planId: z.uuid(), scenarioId: z.uuid() }),
  response: z.object({ deleted: z.literal(true) }),
});

export const compareCapacityScenarios = defineEndpoint({
  method: "get",
  path: "/api/capacity/plans/:planId/comparison",
  summary: "The plan and its scenarios side by side, week by week",
  tag: "capacity",
  params: planParams,
  response: scenarioComparison.extend({ scenarioIds: z.array(z.uuid()).describe("ids of columns 2…, in order") }),
});

export const listAttritionCurves = defineEndpoint({
  method: "get",
  path: "/api/capacity/attrition-curves",
  summary:
    "Each attrition cohort's curve: estimated from the organisation's agent history, the director's edit, and the one plans use",
  tag: "capacity",
  query: asOfQuery,
  response: z.object({ curves: z.array(cohortAttritionCurve) }),
});

const cohortParams = z.object({ attritionCohort: name });

export const editAttritionCurve = defineEndpoint({
  method: "put",
  path: "/api/capacity/attrition-curves/:attritionCohort",
  summary: "Replace a cohort's edited curve (the estimate is kept apart)",
  tag: "capacity",
  params: cohortParams,
  query: asOfQuery,
  body: z.object({ weeklyHazardFractions: z.array(fraction).length(52) }),
  response: cohortAttritionCurve,
});

export const revertAttritionCurve = defineEndpoint({
  method: "delete",
  path: "/api/capacity/attrition-curves/:attritionCohort",
  summary: "Drop a cohort's edit: plans use the estimate again",
  tag: "capacity",
  params: cohortParams,
  query: asOfQuery,
  response: cohortAttritionCurve,
});
