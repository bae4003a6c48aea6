import { parentPort, workerData } from "node:worker_threads";
import type { StaffingCase } from "../domain/staffing/staffing-case";
import { calculateStaffingBatch } from "../services/staffing-service";

/**
 * Worker-thread entry for big staffing batches (started by calculateStaffingBatchOffThread):
 * computes every case and posts `{ results }`, or `{ error }` if a case throws.
 */
const { cases } = workerData as { cases: StaffingCase[] };
try {
  parentPort?.postMessage({ results: calculateStaffingBatch(cases) });
} catch (error) {
  parentPort?.postMessage({ error: (error as Error).message });
}
