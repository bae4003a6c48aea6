import { Router } from "express";
import type { StaffingBatchOutcome } from "../../services/staffing-batch";
import { calculateStaffingBatchFromText, computeRequirementsSeriesOffThread } from "../../services/staffing-service";
import { calculateStaffing, computeRequirements } from "../../contracts/staffing";
import { validationFailed } from "../../errors/app-errors";
import { invalidJson } from "../edge-errors";
import { route, routeWithBodyText } from "./route";

/** The results' JSON text, or the error the body deserves (the same as `route` gives for a body it parses and validates). */
function presentBatch(outcome: StaffingBatchOutcome): string {
  if (outcome.kind === "invalidJson") throw invalidJson(outcome.message);
  if (outcome.kind === "invalid") throw validationFailed(outcome.problems);
  return outcome.json;
}

/**
 * The Erlang calculator and series requirements: pure computations, so no database and no actor
 * scoping. A calculator batch is parsed and validated with its contract where it is computed (the
 * worker pool for a big one), not on the event loop.
 */
export function staffingRoutes(): Router {
  const router = Router();
  routeWithBodyText(
    router,
    calculateStaffing,
    async (bodyText) => presentBatch(await calculateStaffingBatchFromText(bodyText)),
    { bodyLimit: "64mb" },
  );
  route(router, computeRequirements, async ({ body }) => computeRequirementsSeriesOffThread(body), {
    bodyLimit: "64mb",
  });
  return router;
}
