import { spawnWorker } from "./spawn-worker";
import { processChunked, type ChunkedInput } from "./worker-chunks";
import {
  checkAgentCsv,
  type AgentCsvImporter,
  type AgentCsvOptions,
  type CheckedAgentCsv,
} from "../../codecs/agent-csv";

/** Text below this is checked on the calling thread: it takes a few milliseconds, less than a worker takes to start. */
export const AGENT_OFF_THREAD_THRESHOLD_BYTES = 256 * 1024;

/** A file that cannot be read (a missing column, broken quoting): the caller answers it as bad input. */
export class UnreadableAgentCsv extends Error {}

function checkHere(
  text: string,
  queueIdByName: Map<string, string>,
  importer: AgentCsvImporter,
  options: AgentCsvOptions,
): CheckedAgentCsv {
  try {
    return checkAgentCsv(text, queueIdByName, importer, options);
  } catch (error) {
    throw new UnreadableAgentCsv((error as Error).message);
  }
}

/**
 * checkAgentCsv in a worker thread (api/infrastructure/workers/agent-csv-worker.ts) for a large file, so an HTTP
 * worker keeps answering while thousands of rows are parsed and validated: the file is streamed
 * into the worker a chunk at a time (worker-chunks.ts) and put together there, so an HTTP body is
 * never held whole on this thread. Small files (a stream that ends below the threshold) are checked here.
 */
export function checkAgentCsvOffThread(
  input: ChunkedInput,
  queueIdByName: Map<string, string>,
  importer: AgentCsvImporter,
  options: AgentCsvOptions,
): Promise<CheckedAgentCsv> {
  return processChunked(input, {
    name: "agent import",
    thresholdBytes: AGENT_OFF_THREAD_THRESHOLD_BYTES,
    here: (small) => checkHere(small.toString(), queueIdByName, importer, options),
    start: () =>
      spawnWorker(new URL("./agent-csv-worker.ts", import.meta.url), { queueIdByName, importer, options }, []),
    refusal: (reason) => new UnreadableAgentCsv(reason),
  });
}
