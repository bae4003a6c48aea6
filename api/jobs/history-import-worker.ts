import { parentPort, workerData } from "node:worker_threads";
import { readHistoryCsv, type HistoryReadOptions } from "../services/history-csv-reader";
import { receiveChunks } from "./worker-chunks";

/**
 * Worker-thread entry for history imports (started by readHistoryCsvOffThread): the parent posts
 * the file in chunks (worker-chunks.ts); each is acknowledged once the reader has taken it, so at
 * most one chunk waits here. Posts `{ result }`, or `{ error }` if reading throws.
 */
const { options } = workerData as { options: HistoryReadOptions };
const port = parentPort!;

try {
  port.postMessage({ result: await readHistoryCsv(receiveChunks(port), options) });
} catch (error) {
  port.postMessage({ error: (error as Error).message });
} finally {
  port.close();
}
