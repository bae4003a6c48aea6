import { z } from "zod";
import { idParams } from "./common";
import { defineEndpoint } from "./endpoint";
import { rosterProblemSchema } from "./roster-problem";
import { shiftDesignInstanceSchema } from "./shift-design";
import { DEFAULT_RELATIVE_GAP } from "./solve-defaults";

const options = z.object({
  timeLimitSeconds: z.number().positive().max(3600).default(60),
  relativeGap: z
    .number()
    .min(0)
    .lt(1)
    .default(DEFAULT_RELATIVE_GAP)
    .describe("stop once (objective − bound) / objective is at most this fraction"),
});

export const solveJobProgress = z.object({
  elapsedSeconds: z.number().describe("seconds since the solve started; a finished job's solve time"),
  incumbentObjective: z
    .number()
    .nullable()
    .describe("objective of the best solution so far; a finished job's final objective"),
  bestBound: z.number().nullable().describe("proven lower bound so far; a finished job's final bound"),
  relativeGap: z.number().nullable().describe("(incumbent − bound) / incumbent; a finished job's final gap"),
  phase: z
    .string()
    .optional()
    .describe("what the solver is doing (milp, bound, dive, search, …); `finished` once the job has a result"),
});

export const solveJob = z.object({
  id: z.uuid().describe("the job's id"),
  kind: z.enum(["roster", "shift-design"]).describe("what is solved"),
  status: z
    .enum(["queued", "running", "succeeded", "failed", "cancelled"])
    .describe("a cancelled job keeps the best result found before the cancel"),
  options: z
    .object({
      timeLimitSeconds: z.number().describe("seconds the solve may run"),
      relativeGap: z.number().describe("the relative gap it stops at"),
    })
    .describe("the time limit and the relative gap the solve stops at"),
  progress: solveJobProgress
    .nullable()
    .describe("the latest figures; for a finished job with a result, its final figures"),
  result: z
    .unknown()
    .describe(
      "the solution: a roster solution or a shift design (both below); for a cancelled job the best found before the cancel",
    ),
  error: z.string().nullable().describe("why a failed job failed"),
  attempts: z.number().int().describe("runs started; more than 1 after a restart took the job over"),
  createdBy: z.string().describe("who submitted it (user:<id>)"),
  isCancelRequested: z.boolean().describe("a cancel was asked while the job was queued or running"),
  createdAt: z.string().describe("UTC instant it was submitted"),
  startedAt: z.string().nullable().describe("UTC instant a worker first started it"),
  finishedAt: z.string().nullable().describe("UTC instant it ended"),
  worker: z.string().nullable().describe("the process (host:pid) running the job, or that ran it last"),
  heartbeatAt: z
    .string()
    .nullable()
    .describe("when that process last said it was alive (every few seconds while running)"),
  notice: z
    .string()
    .nullable()
    .describe(
      "what happened to the job besides its result, e.g. its worker stopped responding and it was queued again",
    ),
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
