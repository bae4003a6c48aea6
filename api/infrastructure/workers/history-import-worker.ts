import { parentPort, workerData } from "node:worker_threads";
import { readHistoryCsv, type HistoryReadOptions } from "../../codecs/history-csv-reader";
import { answerChunks } from "./worker-chunks";

/**
 * Worker-thread entry for history imports (started by readHistoryCsvOffThread): the parent posts
 * the file in chunks (worker-chunks.ts); each is acknowledged once the reader has taken it, so at
 * most one chunk waits here. Answers `{ result }`, or `{ refused }` if reading throws.
 */
const { options } = workerData as { options: HistoryReadOptions };
await answerChunks(parentPort!, (chunks) => readHistoryCsv(chunks, options));
