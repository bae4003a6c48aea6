import { Router } from "express";
import { calculateStaffingBatchJson, computeRequirementsSeriesOffThread } from "../../services/staffing-service";
import { calculateStaffing, computeRequirements } from "../contracts/staffing";
import { route } from "./route";

/** The Erlang calculator and series requirements: pure computations, so no database and no actor scoping. */
export function staffingRoutes(): Router {
  const router = Router();
  route(router, calculateStaffing, async ({ body }) => calculateStaffingBatchJson(body.cases), { bodyLimit: "64mb" });
  route(router, computeRequirements, async ({ body }) => computeRequirementsSeriesOffThread(body), { bodyLimit: "64mb" });
  return router;
}
