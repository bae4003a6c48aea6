import { spawnWorker } from "../jobs/spawn-worker";
import { postChunks, smallOrRest } from "../jobs/worker-chunks";
import { readHistoryCsv, type HistoryCsvInput, type HistoryCsvResult, type HistoryReadOptions } from "./history-csv-reader";

/** Text below this is read on the calling thread: it parses in a few milliseconds, less than a worker takes to start. */
export const OFF_THREAD_THRESHOLD_BYTES = 256 * 1024;

const isSmall = (input: string | Buffer) => Buffer.byteLength(input) < OFF_THREAD_THRESHOLD_BYTES;

/**
 * Reads a history CSV in a worker thread (api/jobs/history-import-worker.ts), streaming the input
 * into it a chunk at a time and sending the next once the last was taken (worker-chunks.ts), so an
 * HTTP worker keeps answering while a million rows are parsed, validated and bucketed, and memory
 * holds one chunk in flight: an HTTP body goes from the socket to the worker without being held
 * here. Inputs below the threshold (a stream that ends before it) are read on this thread.
 */
export async function readHistoryCsvOffThread(input: HistoryCsvInput, options: HistoryReadOptions): Promise<HistoryCsvResult> {
  if (typeof input === "string" || Buffer.isBuffer(input)) {
    if (isSmall(input)) return readHistoryCsv(input, options);
    return readInWorker(input, options);
  }
  const head = await smallOrRest(input, OFF_THREAD_THRESHOLD_BYTES);
  return "small" in head ? readHistoryCsv(head.small, options) : readInWorker(head.rest, options);
}

async function readInWorker(input: HistoryCsvInput, options: HistoryReadOptions): Promise<HistoryCsvResult> {
  const worker = spawnWorker(new URL("../jobs/history-import-worker.ts", import.meta.url), { options }, []);
  const outcome = new Promise<HistoryCsvResult>((resolve, reject) => {
    worker.on("message", (message: { ack: true } | { result: HistoryCsvResult } | { error: string }) => {
      if ("result" in message) resolve(message.result);
      else if ("error" in message) reject(new Error(`history import worker failed: ${message.error}`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`history import worker exited with code ${code}`)));
  });
  try {
    const [result] = await Promise.all([outcome, postChunks(worker, input, outcome)]);
    return result;
  } finally {
    void worker.terminate();
  }
}
