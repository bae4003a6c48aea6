import { Router, type Response } from "express";
import { isTerminalStatus } from "../../domain/jobs/solve-job";
import type { Services } from "../../services/services";
import { cancelSolveJob, getSolveJob, listSolveJobs, streamSolveJob, submitSolveJob } from "../../contracts/solve-jobs";
import { route } from "./route";

const pollMilliseconds = 500;

function sendEvent(response: Response, event: string, data: unknown): void {
  response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

export function solveJobRoutes(services: Services): Router {
  const router = Router();
  route(
    router,
    submitSolveJob,
    ({ body }, { actor }) => services.solveJobs.submit(actor, body.kind, body.input, body.options),
    { bodyLimit: "20mb" },
  );
  route(router, listSolveJobs, async (_input, { actor }) => ({ jobs: await services.solveJobs.list(actor) }));
  route(router, getSolveJob, ({ params }, { actor }) => services.solveJobs.get(actor, params.jobId));
  route(router, cancelSolveJob, ({ params }, { actor }) => services.solveJobs.cancel(actor, params.jobId));
  // Progress lives in the database, so any API process can stream any job: poll the row, send on change.
  route(router, streamSolveJob, async ({ params }, { actor, request, response }) => {
    let job = await services.solveJobs.get(actor, params.jobId);
    response.writeHead(200, {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache",
      Connection: "keep-alive",
    });
    let last = "";
    let isClosed = false;
    request.on("close", () => (isClosed = true));
    while (!isClosed) {
      const text = JSON.stringify(job);
      if (text !== last) sendEvent(response, isTerminalStatus(job.status) ? "done" : "progress", job);
      last = text;
      if (isTerminalStatus(job.status)) break;
      await new Promise((resume) => setTimeout(resume, pollMilliseconds));
      job = await services.solveJobs.get(actor, params.jobId);
    }
    response.end();
  });
  return router;
}
