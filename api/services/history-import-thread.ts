import { spawnTypeScriptWorker } from "../jobs/spawn-typescript-worker";
import { readHistoryCsv, type HistoryCsvInput, type HistoryCsvResult, type HistoryReadOptions } from "./history-csv-reader";

/** Text below this is read on the calling thread: it parses in a few milliseconds, less than a worker takes to start. */
export const OFF_THREAD_THRESHOLD_BYTES = 256 * 1024;
const CHUNK_LENGTH = 1 << 20;

/** Keeps a surrogate pair (an emoji in a ticket subject) in one piece. */
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The input in pieces of about a megabyte. A string is sliced (a structured clone copies a string
 * cheaply); bytes are copied into an ArrayBuffer of their own, because cloning a view would copy
 * the whole pooled buffer behind it, and that buffer is then transferred rather than copied again.
 */
async function* chunksOf(input: HistoryCsvInput): AsyncGenerator<string | Uint8Array> {
  if (typeof input === "string") {
    for (let offset = 0; offset < input.length; ) {
      let end = Math.min(input.length, offset + CHUNK_LENGTH);
      if (end < input.length && isHighSurrogate(input.charCodeAt(end - 1))) end -= 1;
      yield input.slice(offset, end);
      offset = end;
    }
    return;
  }
  const source: AsyncIterable<Buffer | string> | Buffer[] = Buffer.isBuffer(input) ? [input] : input;
  for await (const chunk of source) {
    if (typeof chunk === "string") yield chunk;
    else for (let offset = 0; offset < chunk.length; offset += CHUNK_LENGTH) yield new Uint8Array(chunk.subarray(offset, offset + CHUNK_LENGTH));
  }
}

const isSmall = (input: HistoryCsvInput) => (typeof input === "string" || Buffer.isBuffer(input)) && Buffer.byteLength(input) < OFF_THREAD_THRESHOLD_BYTES;

/**
 * Reads a history CSV in a worker thread (api/jobs/history-import-worker.ts), streaming the input
 * into it a chunk at a time and sending the next once the last was taken, so an HTTP worker keeps
 * answering while a million rows are parsed, validated and bucketed, and memory holds one chunk
 * in flight. Small texts are read here.
 */
export async function readHistoryCsvOffThread(input: HistoryCsvInput, options: HistoryReadOptions): Promise<HistoryCsvResult> {
  if (isSmall(input)) return readHistoryCsv(input, options);
  const worker = spawnTypeScriptWorker(new URL("../jobs/history-import-worker.ts", import.meta.url), { options }, []);
  let acknowledge: (() => void) | null = null;
  const outcome = new Promise<HistoryCsvResult>((resolve, reject) => {
    worker.on("message", (message: { ack: true } | { result: HistoryCsvResult } | { error: string }) => {
      if ("ack" in message) acknowledge?.();
      else if ("result" in message) resolve(message.result);
      else reject(new Error(`history import worker failed: ${message.error}`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`history import worker exited with code ${code}`)));
  });
  const sending = (async () => {
    for await (const chunk of chunksOf(input)) {
      const taken = new Promise<void>((resolve) => (acknowledge = resolve));
      worker.postMessage({ chunk }, typeof chunk === "string" ? [] : [chunk.buffer as ArrayBuffer]);
      await Promise.race([taken, outcome]);
    }
    worker.postMessage({ end: true });
  })();
  try {
    const [result] = await Promise.all([outcome, sending]);
    return result;
  } finally {
    void worker.terminate();
  }
}
