import { z } from "zod";
import { ianaZone, isoInstant, weeklyWindow } from "./common";
import { defineEndpoint } from "./endpoint";

/**
 * Staffing contracts: the Erlang calculator batch (CLI `staffing`, POST /api/staffing/calculate)
 * and the per-interval requirements of a series (CLI `requirements`, POST /api/staffing/requirements).
 * Field names are fixed by issue 3. Shares are fractions in 0–1.
 */
export const MAX_CASES_PER_BATCH = 100_000;
/** A million Erlangs is a million agents on one queue: far above any real queue, and it bounds work. */
export const MAX_TRAFFIC_ERLANGS = 1_000_000;

const volume = z.number().min(0, "must be a finite number ≥ 0");
const positiveSeconds = z.number().positive("must be > 0");
const serviceLevelTarget = z.number().gt(0, "must be in (0, 1)").lt(1, "must be in (0, 1)");
const shrinkage = z.number().min(0, "must be in [0, 1)").lt(1, "must be in [0, 1)");
const maxOccupancy = z.number().gt(0, "must be in (0, 1]").max(1, "must be in (0, 1]");
const model = z.enum(["erlang-c", "erlang-a"]);

type Problem = { message: string; path: string[] };
type Sla = {
  model?: "erlang-c" | "erlang-a";
  patienceSeconds?: number | null;
  channel?: string;
  concurrency?: number | null;
};

/** Rules shared by a case and a queue's settings. */
function slaProblems(sla: Sla): Problem[] {
  const problems: Problem[] = [];
  if (sla.model === "erlang-a" && (sla.patienceSeconds === undefined || sla.patienceSeconds === null)) {
    problems.push({ message: "is required when model is erlang-a", path: ["patienceSeconds"] });
  }
  if (sla.channel === "chat" && (sla.concurrency === undefined || sla.concurrency === null)) {
    problems.push({ message: "is required for the chat channel", path: ["concurrency"] });
  }
  if (sla.channel !== "chat" && sla.concurrency !== undefined && sla.concurrency !== null && sla.concurrency !== 1) {
    problems.push({ message: "applies to the chat channel only", path: ["concurrency"] });
  }
  return problems;
}

export const staffingCase = z
  .strictObject({
    callsPerInterval: volume,
    intervalSeconds: positiveSeconds,
    ahtSeconds: positiveSeconds,
    targetAnswerSeconds: z.number().min(0, "must be ≥ 0"),
    targetServiceLevel: serviceLevelTarget.optional(),
    targetAsaSeconds: positiveSeconds.optional(),
    model: model.default("erlang-c"),
    patienceSeconds: positiveSeconds.optional(),
    shrinkage: shrinkage.optional(),
    maxOccupancy: maxOccupancy.optional(),
    agents: z.number().int("must be a whole number").min(0, "must be ≥ 0").max(10_000_000).optional(),
    channel: z.enum(["voice", "chat"]).default("voice"),
    concurrency: z.number().int("must be a whole number").min(1, "must be ≥ 1").max(50).optional(),
  })
  .superRefine((value, context) => {
    if (value.agents === undefined && value.targetServiceLevel === undefined && value.targetAsaSeconds === undefined) {
      context.addIssue({
        code: "custom",
        message: "targetServiceLevel or targetAsaSeconds is required unless agents is given",
        path: ["targetServiceLevel"],
      });
    }
    if ((value.callsPerInterval * value.ahtSeconds) / value.intervalSeconds > MAX_TRAFFIC_ERLANGS) {
      context.addIssue({
        code: "custom",
        message: `callsPerInterval × ahtSeconds / intervalSeconds exceeds ${MAX_TRAFFIC_ERLANGS} Erlangs`,
        path: ["callsPerInterval"],
      });
    }
    for (const problem of slaProblems(value)) context.addIssue({ code: "custom", ...problem });
  });
export type StaffingCaseDto = z.input<typeof staffingCase>;

export const staffingBatchRequest = z.strictObject({
  cases: z
    .array(staffingCase)
    .min(1, "must hold at least one case")
    .max(MAX_CASES_PER_BATCH, `must hold at most ${MAX_CASES_PER_BATCH} cases`),
});

const probability = z.number().min(0).max(1);
export const staffingResult = z.object({
  trafficErlangs: z
    .number()
    .min(0)
    .describe("offered load: callsPerInterval × ahtSeconds ÷ intervalSeconds (2 decimals)"),
  agents: z.number().int().min(0).describe("agents on the phones (or chats) the target needs, or the agents given"),
  servers: z.number().int().min(0).optional().describe("chat: agents × concurrency"),
  scheduledAgents: z.number().int().min(0).describe("agents to schedule: agents ÷ (1 − shrinkage), rounded up"),
  fractionalFte: z.number().min(0).describe("agents ÷ (1 − shrinkage) before rounding up (2 decimals)"),
  serviceLevel: probability.describe("share of contacts answered within targetAnswerSeconds (6 decimals)"),
  pWait: probability.describe("probability a contact waits at all (6 decimals)"),
  asaSeconds: z
    .number()
    .min(0)
    .nullable()
    .describe("average speed of answer (2 decimals); null when the queue is unstable (ASA infinite)"),
  occupancy: probability.describe("share of the agents' time busy with contacts (6 decimals)"),
  pAbandon: probability.optional().describe("Erlang A: share of contacts that abandon (6 decimals)"),
  asaAnsweredSeconds: z
    .number()
    .min(0)
    .nullable()
    .optional()
    .describe("Erlang A: average wait of answered contacts (2 decimals); null when no contact is answered"),
  serviceLevelAnswered: probability
    .optional()
    .describe("Erlang A: share of answered contacts answered within the target (6 decimals)"),
});
export type StaffingResultDto = z.infer<typeof staffingResult>;
export const staffingBatchResponse = z.object({ results: z.array(staffingResult) });

export const calculateStaffing = defineEndpoint({
  method: "post",
  path: "/api/staffing/calculate",
  summary: "Erlang C / Erlang A staffing for up to 100,000 cases, in input order",
  tag: "staffing",
  body: staffingBatchRequest,
  response: staffingBatchResponse,
  // The handler answers JSON text serialised on the worker pool (services/staffing-service.ts), sent as is.
  responseContentType: "application/json",
});

/** A queue's service settings, as stored on a queue (nullable fields) or typed in. */
export const requirementsQueue = z
  .strictObject({
    channel: z.enum(["voice", "chat", "email"]),
    model: model.default("erlang-c"),
    timeZone: ianaZone.default("UTC").describe("the zone of businessHours"),
    targetServiceLevel: serviceLevelTarget.nullish(),
    targetAnswerSeconds: z.number().min(0, "must be ≥ 0").nullish(),
    targetAsaSeconds: positiveSeconds.nullish(),
    shrinkage: shrinkage.default(0),
    maxOccupancy: maxOccupancy.nullish(),
    patienceSeconds: positiveSeconds.nullish(),
    concurrency: z.number().int("must be a whole number").min(1, "must be ≥ 1").max(50).nullish(),
    targetResponseHours: positiveSeconds.nullish().describe("email: first response within this many business hours"),
    targetResponseFraction: serviceLevelTarget
      .nullish()
      .describe("email: share of items to answer within targetResponseHours"),
    businessHours: z
      .array(weeklyWindow)
      .max(50)
      .default([])
      .describe("email: when the response clock runs; empty means always"),
  })
  .superRefine((queue, context) => {
    const required = (field: keyof typeof queue, why: string) => {
      if (queue[field] === undefined || queue[field] === null)
        context.addIssue({ code: "custom", message: `is required ${why}`, path: [field] });
    };
    if (queue.channel === "email") {
      required("targetResponseHours", "for the email channel");
      required("targetResponseFraction", "for the email channel");
    } else {
      required("targetAnswerSeconds", `for the ${queue.channel} channel`);
      if (queue.targetServiceLevel == null && queue.targetAsaSeconds == null)
        required("targetServiceLevel", "(or targetAsaSeconds)");
    }
    for (const problem of slaProblems(queue)) context.addIssue({ code: "custom", ...problem });
  });

export const requirementsInterval = z.strictObject({ intervalStart: isoInstant, volume, ahtSeconds: positiveSeconds });

export const requirementsRequest = z
  .strictObject({
    queue: requirementsQueue,
    intervalSeconds: positiveSeconds.max(86_400),
    intervals: z.array(requirementsInterval).min(1).max(MAX_CASES_PER_BATCH),
  })
  .superRefine((request, context) => {
    for (let i = 1; i < request.intervals.length; i++) {
      const gapMs = Date.parse(request.intervals[i].intervalStart) - Date.parse(request.intervals[i - 1].intervalStart);
      if (gapMs !== request.intervalSeconds * 1000) {
        context.addIssue({
          code: "custom",
          message: "must follow the previous interval by exactly intervalSeconds",
          path: ["intervals", i, "intervalStart"],
        });
        return;
      }
    }
  });
export type RequirementsRequestDto = z.input<typeof requirementsRequest>;

export const intervalRequirement = z.object({
  intervalStart: isoInstant.describe("UTC instant the interval starts"),
  trafficErlangs: z
    .number()
    .min(0)
    .describe("voice/chat: offered load; email: workload arriving ÷ interval (2 decimals)"),
  agents: z.number().int().min(0).describe("agents needed on the phones, chats or inbox"),
  scheduledAgents: z.number().int().min(0).describe("agents to schedule, after shrinkage"),
  fractionalFte: z.number().min(0).describe("agents ÷ (1 − shrinkage) before rounding up (2 decimals)"),
  serviceLevel: probability.nullable().describe("expected service level (6 decimals); null when nothing arrives"),
});
export const requirementsResponse = z.object({ intervals: z.array(intervalRequirement) });
export type RequirementsResponseDto = z.infer<typeof requirementsResponse>;

export const computeRequirements = defineEndpoint({
  method: "post",
  path: "/api/staffing/requirements",
  summary: "Per-interval staffing requirement of a series under a queue's service settings",
  tag: "staffing",
  body: requirementsRequest,
  response: requirementsResponse,
});
