import { z } from "zod";
import { idParams } from "./common";
import { defineEndpoint } from "./endpoint";
import { rosterProblemSchema } from "./roster-problem";
import { shiftDesignInstanceSchema } from "./shift-design";
import { DEFAULT_RELATIVE_GAP } from "./solve-defaults";

const options = z.object({
  timeLimitSeconds: z.number().positive().max(3600).default(60),
  relativeGap: z.number().min(0).lt(1).default(DEFAULT_RELATIVE_GAP).describe("stop once (objective − bound) / objective is at most this fraction"),
});

export const solveJobProgress = z.object({
  elapsedSeconds: z.number(),
  incumbentObjective: z.number().nullable(),
  bestBound: z.number().nullable(),
  relativeGap: z.number().nullable(),
  phase: z.string().optional(),
});

export const solveJob = z.object({
  id: z.uuid(),
  kind: z.enum(["roster", "shift-design"]),
  status: z.enum(["queued", "running", "succeeded", "failed", "cancelled"]),
  options: z.object({ timeLimitSeconds: z.number(), relativeGap: z.number() }),
  progress: solveJobProgress.nullable(),
  result: z.unknown().describe("the solution; for a cancelled job the best found before the cancel"),
  error: z.string().nullable(),
  attempts: z.number().int(),
  createdBy: z.string(),
  isCancelRequested: z.boolean(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type SolveJobDto = z.infer<typeof solveJob>;

export const submitSolveJob = defineEndpoint({
  method: "post",
  path: "/api/solve-jobs",
  summary: "Queue a roster or shift-design solve; answers at once with the job to poll or stream",
  tag: "solve jobs",
  body: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("roster"), input: rosterProblemSchema, options: options.prefault({}) }),
    z.object({ kind: z.literal("shift-design"), input: shiftDesignInstanceSchema, options: options.prefault({}) }),
  ]),
  response: solveJob,
  responseStatus: 202,
});

export const listSolveJobs = defineEndpoint({
  method: "get",
  path: "/api/solve-jobs",
  summary: "The organisation's 50 most recent solve jobs",
  tag: "solve jobs",
  response: z.object({ jobs: z.array(solveJob) }),
});

export const getSolveJob = defineEndpoint({
  method: "get",
  path: "/api/solve-jobs/:jobId",
  summary: "A solve job: status, latest progress (incumbent, bound, gap, elapsed) and result",
  tag: "solve jobs",
  params: idParams("jobId"),
  response: solveJob,
});

export const streamSolveJob = defineEndpoint({
  method: "get",
  path: "/api/solve-jobs/:jobId/events",
  summary: "Server-sent events: `progress` whenever the job changes, then `done` with the final job",
  tag: "solve jobs",
  params: idParams("jobId"),
  response: z.string().describe("text/event-stream; each event's data is a solve job as JSON"),
  responseContentType: "text/event-stream",
});

export const cancelSolveJob = defineEndpoint({
  method: "post",
  path: "/api/solve-jobs/:jobId/cancel",
  summary: "Stop a solve; a running one keeps the best solution found so far",
  tag: "solve jobs",
  params: idParams("jobId"),
  response: solveJob,
  responseStatus: 202,
});
