import { Router } from "express";
import { createAgent, exportAgents, getAgent, importAgents, listAgents, updateAgent } from "../../contracts/agents";
import type { Services } from "../../services/services";
import { limitedBody } from "../body-stream";
import { delimiterNamed } from "../../codecs/history-csv-dialect";
import { route } from "./route";

/** `bodyLimitBytes`: the largest agent CSV accepted (5 MB by default), streamed into the check worker. */
export function agentRoutes(services: Services, bodyLimitBytes: number): Router {
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
    async ({ query }, { actor, request, response }) => {
      const report = await services.agents.importCsv(actor, limitedBody(request, bodyLimitBytes), {
        skipInvalid: query.skipInvalid === "true",
        delimiter: query.delimiter === undefined ? undefined : delimiterNamed(query.delimiter)!,
      });
      if (!report.isWritten) response.status(422).json(report);
      return report;
    },
    { isBodyStreamed: true },
  );
  route(router, getAgent, ({ params }, { actor }) => services.agents.get(actor, params.agentId));
  route(router, createAgent, ({ body }, { actor }) => services.agents.create(actor, body));
  route(router, updateAgent, ({ params, body }, { actor }) => services.agents.update(actor, params.agentId, body));
  return router;
}
