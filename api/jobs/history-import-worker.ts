import { parentPort, workerData } from "node:worker_threads";
import { readHistoryCsv, type HistoryReadOptions } from "../services/history-csv-reader";

/**
 * Worker-thread entry for history imports (started by readHistoryCsvOffThread): the parent posts
 * the file in chunks (`{ chunk }`, then `{ end: true }`); each chunk is acknowledged once the reader
 * has taken it, so at most one chunk waits here. Posts `{ result }`, or `{ error }` if reading throws.
 */
const { options } = workerData as { options: HistoryReadOptions };
const port = parentPort!;

async function* chunks(): AsyncGenerator<Buffer | string> {
  const waiting: Array<Uint8Array | string | null> = [];
  let wake: (() => void) | null = null;
  port.on("message", (message: { chunk: Uint8Array | string } | { end: true }) => {
    waiting.push("chunk" in message ? message.chunk : null);
    wake?.();
  });
  for (;;) {
    if (waiting.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    const chunk = waiting.shift();
    if (chunk === null || chunk === undefined) return;
    yield typeof chunk === "string" ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    port.postMessage({ ack: true });
  }
}

try {
  port.postMessage({ result: await readHistoryCsv(chunks(), options) });
} catch (error) {
  port.postMessage({ error: (error as Error).message });
} finally {
  port.close();
}
