import { Router } from "express";
import { getQueueHistory } from "../../contracts/history";
import { createQueue, getQueue, listQueues, updateQueue } from "../../contracts/queues";
import type { Services } from "../../services/services";
import { route } from "./route";

export function queueRoutes(services: Services): Router {
  const router = Router();
  route(router, listQueues, async (_input, { actor }) => ({ queues: await services.queues.list(actor) }));
  route(router, getQueue, ({ params }, { actor }) => services.queues.get(actor, params.queueId));
  route(router, createQueue, ({ body }, { actor }) => services.queues.create(actor, body));
  route(router, updateQueue, ({ params, body }, { actor }) => services.queues.update(actor, params.queueId, body));
  route(router, getQueueHistory, ({ params, query }, { actor }) => services.history.read(actor, params.queueId, query));
  return router;
}
