import { spawnWorker } from "./spawn-worker";
import { processChunked } from "./worker-chunks";
import { OFF_THREAD_THRESHOLD_BYTES } from "./history-import-thread";
import { readActualsCsv, type ActualsCsvResult, type ActualsReadOptions } from "../../codecs/actuals-csv-reader";
import type { ChunkedInput } from "./worker-chunks";

/** Reads an actuals CSV in a worker thread once it reaches the history importer's threshold (see readHistoryCsvOffThread). */
export function readActualsCsvOffThread(input: ChunkedInput, options: ActualsReadOptions): Promise<ActualsCsvResult> {
  return processChunked(input, {
    name: "actuals import",
    thresholdBytes: OFF_THREAD_THRESHOLD_BYTES,
    here: (small) => readActualsCsv(small, options),
    start: () => spawnWorker(new URL("./actuals-import-worker.ts", import.meta.url), { options }, []),
    refusal: (reason) => new Error(`actuals import worker failed: ${reason}`),
  });
}
