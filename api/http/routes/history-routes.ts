import { Router } from "express";
import { exportQueueHistory, importQueueHistory } from "../../contracts/history";
import type { Services } from "../../services/services";
import { delimiterNamed } from "../../codecs/history-csv-dialect";
import { limitedBody } from "../body-stream";
import { route } from "./route";

/**
 * History upload (a year of 15-minute intervals or a million ticket rows fits in the default body
 * limit of 200 MB, which the body is streamed through into the parse worker) and export. A rejected
 * file answers 422 with the same report a written one gets, so the rows and reasons are read the same way.
 */
export function historyRoutes(services: Services, bodyLimitBytes: number): Router {
  const router = Router();
  route(
    router,
    importQueueHistory,
    async ({ params, query }, { actor, request, response }) => {
      const report = await services.historyImport.importCsv(
        actor,
        params.queueId,
        limitedBody(request, bodyLimitBytes),
        {
          timestampColumn: query.timestampColumn,
          skipInvalid: query.skipInvalid === "true",
          onDuplicate: query.onDuplicate,
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
  route(router, exportQueueHistory, async ({ params, query }, { actor, response }) => {
    response.attachment("history.csv");
    return services.history.exportCsv(actor, params.queueId, query);
  });
  return router;
}
