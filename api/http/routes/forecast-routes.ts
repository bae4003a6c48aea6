import { Router } from "express";
import {
  createForecast,
  createSpecialDay,
  deleteSpecialDay,
  getForecast,
  getLatestForecast,
  listForecasts,
  listSpecialDays,
  overrideForecast,
  updateSpecialDay,
} from "../../contracts/forecasts";
import { getQueueRequirements } from "../../contracts/requirements";
import type { Services } from "../../services/services";
import { route } from "./route";

export function forecastRoutes(services: Services): Router {
  const router = Router();
  route(router, createForecast, ({ params, body }, { actor }) =>
    services.forecasts.create(actor, params.queueId, body),
  );
  route(router, listForecasts, async ({ params }, { actor }) => ({
    forecasts: await services.forecasts.list(actor, params.queueId),
  }));
  route(router, getLatestForecast, ({ params, query }, { actor }) =>
    services.forecasts.read(actor, params.queueId, "latest", query),
  );
  route(router, getForecast, ({ params, query }, { actor }) =>
    services.forecasts.read(actor, params.queueId, params.forecastId, query),
  );
  route(router, overrideForecast, ({ params, body }, { actor }) =>
    services.forecasts.override(actor, params.queueId, params.forecastId, body),
  );
  route(router, getQueueRequirements, ({ params, query }, { actor }) =>
    services.requirements.forQueue(actor, params.queueId, query),
  );
  route(router, listSpecialDays, async ({ query }, { actor }) => ({
    specialDays: await services.specialDays.list(actor, query),
  }));
  route(router, createSpecialDay, ({ body }, { actor }) => services.specialDays.create(actor, body));
  route(router, updateSpecialDay, ({ params, body }, { actor }) =>
    services.specialDays.update(actor, params.specialDayId, body),
  );
  route(router, deleteSpecialDay, ({ params }, { actor }) => services.specialDays.remove(actor, params.specialDayId));
  return router;
}
