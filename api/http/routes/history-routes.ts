import { Router } from "express";
import { importQueueHistory } from "../contracts/history";
import type { Services } from "../../services/services";
import { route } from "./route";

/** History upload: a year of 15-minute intervals or a million ticket rows fits in the body limit. */
export function historyRoutes(services: Services): Router {
  const router = Router();
  route(
    router,
    importQueueHistory,
    ({ params, query, body }, { actor }) =>
      services.historyImport.importCsv(actor, params.queueId, body, {
        timestampColumn: query.timestampColumn,
        skipInvalid: query.skipInvalid === "true",
        onDuplicate: query.onDuplicate,
        fileQueue: query.fileQueue,
      }),
    { bodyLimit: "200mb" },
  );
  return router;
}
