import { Router } from "express";
import { createAgent, exportAgents, getAgent, importAgents, listAgents, updateAgent } from "../contracts/agents";
import type { Services } from "../../services/services";
import { route } from "./route";

export function agentRoutes(services: Services): Router {
  const router = Router();
  route(router, listAgents, async ({ query }, { actor }) => ({
    agents: await services.agents.list(actor, { includeFormer: query.includeFormer === "true", asOf: query.asOf }),
  }));
  route(router, exportAgents, async ({ query }, { actor, response }) => {
    response.attachment("agents.csv");
    return services.agents.exportCsv(actor, { includeFormer: query.includeFormer === "true" });
  });
  route(
    router,
    importAgents,
    async ({ query, body }, { actor, response }) => {
      const report = await services.agents.importCsv(actor, body, { skipInvalid: query.skipInvalid === "true" });
      if (!report.isWritten) response.status(422).json(report);
      return report;
    },
    { bodyLimit: "5mb" },
  );
  route(router, getAgent, ({ params }, { actor }) => services.agents.get(actor, params.agentId));
  route(router, createAgent, ({ body }, { actor }) => services.agents.create(actor, body));
  route(router, updateAgent, ({ params, body }, { actor }) => services.agents.update(actor, params.agentId, body));
  return router;
}
