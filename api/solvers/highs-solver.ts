export { createHighsSolver, type HighsSolverSettings } from "./highs/highs-solver";
