import { spawnWorker } from "./spawn-worker";
import { processChunked } from "./worker-chunks";
import {
  readHistoryCsv,
  type HistoryCsvInput,
  type HistoryCsvResult,
  type HistoryReadOptions,
} from "../../codecs/history-csv-reader";

/** Text below this is read on the calling thread: it parses in a few milliseconds, less than a worker takes to start. */
export const OFF_THREAD_THRESHOLD_BYTES = 256 * 1024;

/**
 * Reads a history CSV in a worker thread (api/infrastructure/workers/history-import-worker.ts), streaming the input
 * into it a chunk at a time and sending the next once the last was taken (worker-chunks.ts), so an
 * HTTP worker keeps answering while a million rows are parsed, validated and bucketed, and memory
 * holds one chunk in flight: an HTTP body goes from the socket to the worker without being held
 * here. Inputs below the threshold (a stream that ends before it) are read on this thread.
 */
export function readHistoryCsvOffThread(
  input: HistoryCsvInput,
  options: HistoryReadOptions,
): Promise<HistoryCsvResult> {
  return processChunked(input, {
    name: "history import",
    thresholdBytes: OFF_THREAD_THRESHOLD_BYTES,
    here: (small) => readHistoryCsv(small, options),
    start: () => spawnWorker(new URL("./history-import-worker.ts", import.meta.url), { options }, []),
    refusal: (reason) => new Error(`history import worker failed: ${reason}`),
  });
}
