import { spawnTypeScriptWorker } from "../jobs/spawn-typescript-worker";
import { checkAgentCsv, type AgentCsvImporter, type CheckedAgentCsv } from "./agent-csv";

/** Text below this is checked on the calling thread: it takes a few milliseconds, less than a worker takes to start. */
export const AGENT_OFF_THREAD_THRESHOLD_BYTES = 256 * 1024;

/** A file that cannot be read (a missing column, broken quoting): the caller answers it as bad input. */
export class UnreadableAgentCsv extends Error {}

/**
 * checkAgentCsv in a worker thread (api/jobs/agent-csv-worker.ts) for a large file, so an HTTP
 * worker keeps answering while thousands of rows are parsed and validated; small files are
 * checked here.
 */
export async function checkAgentCsvOffThread(text: string, queueIdByName: Map<string, string>, importer: AgentCsvImporter): Promise<CheckedAgentCsv> {
  if (Buffer.byteLength(text) < AGENT_OFF_THREAD_THRESHOLD_BYTES) {
    try {
      return checkAgentCsv(text, queueIdByName, importer);
    } catch (error) {
      throw new UnreadableAgentCsv((error as Error).message);
    }
  }
  const worker = spawnTypeScriptWorker(new URL("../jobs/agent-csv-worker.ts", import.meta.url), { text, queueIdByName, importer }, []);
  try {
    return await new Promise<CheckedAgentCsv>((resolve, reject) => {
      worker.once("message", (message: { checked: CheckedAgentCsv } | { unreadable: string }) => {
        if ("checked" in message) resolve(message.checked);
        else reject(new UnreadableAgentCsv(message.unreadable));
      });
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`agent import worker exited with code ${code}`)));
    });
  } finally {
    void worker.terminate();
  }
}
