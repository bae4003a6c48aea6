import { spawnWorker } from "../jobs/spawn-worker";
import { postChunks, smallOrRest, type ChunkedInput } from "../jobs/worker-chunks";
import { checkAgentCsv, type AgentCsvImporter, type AgentCsvOptions, type CheckedAgentCsv } from "./agent-csv";

/** Text below this is checked on the calling thread: it takes a few milliseconds, less than a worker takes to start. */
export const AGENT_OFF_THREAD_THRESHOLD_BYTES = 256 * 1024;

/** A file that cannot be read (a missing column, broken quoting): the caller answers it as bad input. */
export class UnreadableAgentCsv extends Error {}

function checkHere(text: string, queueIdByName: Map<string, string>, importer: AgentCsvImporter, options: AgentCsvOptions): CheckedAgentCsv {
  try {
    return checkAgentCsv(text, queueIdByName, importer, options);
  } catch (error) {
    throw new UnreadableAgentCsv((error as Error).message);
  }
}

/**
 * checkAgentCsv in a worker thread (api/jobs/agent-csv-worker.ts) for a large file, so an HTTP
 * worker keeps answering while thousands of rows are parsed and validated: the file is streamed
 * into the worker a chunk at a time (worker-chunks.ts) and put together there, so an HTTP body is
 * never held whole on this thread. Small files (a stream that ends below the threshold) are checked here.
 */
export async function checkAgentCsvOffThread(input: ChunkedInput, queueIdByName: Map<string, string>, importer: AgentCsvImporter, options: AgentCsvOptions): Promise<CheckedAgentCsv> {
  let large: ChunkedInput = input;
  if (typeof input === "string" || Buffer.isBuffer(input)) {
    if (Buffer.byteLength(input) < AGENT_OFF_THREAD_THRESHOLD_BYTES) return checkHere(input.toString(), queueIdByName, importer, options);
  } else {
    const head = await smallOrRest(input, AGENT_OFF_THREAD_THRESHOLD_BYTES);
    if ("small" in head) return checkHere(head.small.toString("utf8"), queueIdByName, importer, options);
    large = head.rest;
  }
  const worker = spawnWorker(new URL("../jobs/agent-csv-worker.ts", import.meta.url), { queueIdByName, importer, options }, []);
  const outcome = new Promise<CheckedAgentCsv>((resolve, reject) => {
    worker.on("message", (message: { ack: true } | { checked: CheckedAgentCsv } | { unreadable: string }) => {
      if ("checked" in message) resolve(message.checked);
      else if ("unreadable" in message) reject(new UnreadableAgentCsv(message.unreadable));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`agent import worker exited with code ${code}`)));
  });
  try {
    const [checked] = await Promise.all([outcome, postChunks(worker, large, outcome)]);
    return checked;
  } finally {
    void worker.terminate();
  }
}
