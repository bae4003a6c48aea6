import { Router } from "express";
import { getQueueActuals, importQueueActuals } from "../../contracts/actuals";
import { reforecastQueue } from "../../contracts/reforecast";
import type { Services } from "../../services/services";
import { delimiterNamed } from "../../codecs/history-csv-dialect";
import { limitedBody } from "../body-stream";
import { route } from "./route";

/** Actuals upload (streamed into the parse worker under the history body limit) and read, and the intraday re-forecast they feed. A rejected file answers 422 with the report. */
export function actualsRoutes(services: Services, bodyLimitBytes: number): Router {
  const router = Router();
  route(
    router,
    importQueueActuals,
    async ({ params, query }, { actor, request, response }) => {
      const report = await services.actualsImport.importCsv(
        actor,
        params.queueId,
        limitedBody(request, bodyLimitBytes),
        {
          shape: query.shape,
          skipInvalid: query.skipInvalid === "true",
          fileQueue: query.fileQueue,
          delimiter: query.delimiter === undefined ? undefined : delimiterNamed(query.delimiter)!,
          dateFormat: query.dateFormat,
        },
      );
      if (!report.isWritten) response.status(422).json(report);
      return report;
    },
    { isBodyStreamed: true },
  );
  route(router, reforecastQueue, ({ params, body }, { actor }) =>
    services.reforecast.reforecast(actor, params.queueId, body.asOf),
  );
  route(router, getQueueActuals, ({ params, query }, { actor }) => services.actuals.read(actor, params.queueId, query));
  return router;
}
