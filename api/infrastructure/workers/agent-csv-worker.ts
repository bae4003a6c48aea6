import { parentPort, workerData } from "node:worker_threads";
import { checkAgentCsv, type AgentCsvImporter, type AgentCsvOptions } from "../../codecs/agent-csv";
import { answerChunks } from "./worker-chunks";

/**
 * Worker-thread entry for agent imports (started by checkAgentCsvOffThread): takes the file in
 * chunks (worker-chunks.ts), puts it together here (the synchronous parser reads a whole text),
 * reads and validates it and answers `{ result }`, or `{ refused }` with the reason a file cannot be read.
 */
const { queueIdByName, importer, options } = workerData as {
  queueIdByName: Map<string, string>;
  importer: AgentCsvImporter;
  options: AgentCsvOptions;
};
await answerChunks(parentPort!, async (chunks) => {
  const pieces: Buffer[] = [];
  for await (const chunk of chunks) pieces.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return checkAgentCsv(Buffer.concat(pieces).toString("utf8"), queueIdByName, importer, options);
});
