import { Router } from "express";
import { getHealth } from "../../contracts/health";
import type { Services } from "../../services/services";
import { route } from "./route";

export function systemRoutes(services: Services): Router {
  const router = Router();
  route(router, getHealth, async (_input, { response }) => {
    const report = await services.health.check();
    if (report.status !== "ok") response.status(503).json(report);
    return report;
  });
  return router;
}
