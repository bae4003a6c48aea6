import { parentPort, workerData } from "node:worker_threads";
import { checkAgentCsv, type AgentCsvImporter, type AgentCsvOptions } from "../services/agent-csv";
import { receiveChunks } from "./worker-chunks";

/**
 * Worker-thread entry for agent imports (started by checkAgentCsvOffThread): takes the file in
 * chunks (worker-chunks.ts), puts it together here (the synchronous parser reads a whole text),
 * reads and validates it and posts `{ checked }`, or `{ unreadable }` with the reason a file cannot be read.
 */
const { queueIdByName, importer, options } = workerData as { queueIdByName: Map<string, string>; importer: AgentCsvImporter; options: AgentCsvOptions };
const port = parentPort!;
const pieces: Buffer[] = [];
for await (const chunk of receiveChunks(port)) pieces.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
try {
  port.postMessage({ checked: checkAgentCsv(Buffer.concat(pieces).toString("utf8"), queueIdByName, importer, options) });
} catch (error) {
  port.postMessage({ unreadable: (error as Error).message });
} finally {
  port.close();
}
