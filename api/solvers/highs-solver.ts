export { createHighsSolver, type HighsSolverSettings } from "./highs/highs-solver";
export {
  createHighsWorkerPool,
  sharedHighsWorkerPool,
  type HighsWorkerPool,
  type HighsWorkerPoolSettings,
} from "./highs/worker-pool";
