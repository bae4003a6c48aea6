import { Router } from "express";
import { exportQueueKpis, getQueueKpis, getQueueKpiSettings, putQueueKpiSettings } from "../../contracts/kpis";
import type { Services } from "../../services/services";
import { route } from "./route";

/** Planned vs actual KPIs of a queue, as JSON or CSV, and the setting that says how its service level counts abandons. */
export function kpiRoutes(services: Services): Router {
  const router = Router();
  route(router, getQueueKpis, ({ params, query }, { actor }) => services.kpis.compute(actor, params.queueId, query));
  route(router, exportQueueKpis, async ({ params, query }, { actor, response }) => {
    response.attachment("kpis.csv");
    return services.kpis.exportCsv(actor, params.queueId, query);
  });
  route(router, getQueueKpiSettings, ({ params }, { actor }) => services.kpis.settings(actor, params.queueId));
  route(router, putQueueKpiSettings, ({ params, body }, { actor }) =>
    services.kpis.setSettings(actor, params.queueId, body),
  );
  return router;
}
