import { parentPort, workerData } from "node:worker_threads";
import { checkAgentCsv, type AgentCsvImporter } from "../services/agent-csv";

/**
 * Worker-thread entry for agent imports (started by checkAgentCsvOffThread): reads and validates
 * the file and posts `{ checked }`, or `{ unreadable }` with the reason a file cannot be read.
 */
const { text, queueIdByName, importer } = workerData as { text: string; queueIdByName: Map<string, string>; importer: AgentCsvImporter };
try {
  parentPort?.postMessage({ checked: checkAgentCsv(text, queueIdByName, importer) });
} catch (error) {
  parentPort?.postMessage({ unreadable: (error as Error).message });
}
