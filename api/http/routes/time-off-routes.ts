import { Router } from "express";
import type { Services } from "../../services/services";
import { cancelTimeOff, decideTimeOff, listTimeOff, requestTimeOff } from "../../contracts/time-off";
import { route } from "./route";

export function timeOffRoutes(services: Services): Router {
  const router = Router();
  route(router, requestTimeOff, ({ body }, { actor }) => services.timeOff.request(actor, body));
  route(router, listTimeOff, async ({ query }, { actor }) => ({
    requests: await services.timeOff.list(actor, query.status),
  }));
  route(router, decideTimeOff, ({ params, body }, { actor }) => services.timeOff.decide(actor, params.requestId, body));
  route(router, cancelTimeOff, ({ params }, { actor }) => services.timeOff.cancel(actor, params.requestId));
  return router;
}
