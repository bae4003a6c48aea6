import { parentPort, workerData } from "node:worker_threads";
import { readActualsCsv, type ActualsReadOptions } from "../../codecs/actuals-csv-reader";
import { answerChunks } from "./worker-chunks";

/** Worker-thread entry for actuals imports (started by readActualsCsvOffThread), as history-import-worker.ts is for history. */
const { options } = workerData as { options: ActualsReadOptions };
await answerChunks(parentPort!, (chunks) => readActualsCsv(chunks, options));
