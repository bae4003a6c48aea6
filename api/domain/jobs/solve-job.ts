/** A long optimisation run (a roster or a shift design) handled as a durable job. */
export type SolveJobKind = "roster" | "shift-design";

export type SolveJobStatus = "queued" | "running" | "succeeded" | "failed" | "cancelled";

/** The latest figures a running solve reported: elapsed time, best objective, proven bound, gap. */
export interface SolveJobProgress {
  elapsedSeconds: number;
  incumbentObjective: number | null;
  bestBound: number | null;
  relativeGap: number | null;
  phase?: string;
}

export interface SolveJobOptions {
  timeLimitSeconds: number;
  relativeGap: number;
}

export interface SolveJob {
  id: string;
  kind: SolveJobKind;
  status: SolveJobStatus;
  options: SolveJobOptions;
  progress: SolveJobProgress | null;
  /** The solution (for a cancelled job: the best found before the cancel), null until there is one. */
  result: unknown;
  error: string | null;
  attempts: number;
  createdBy: string;
  isCancelRequested: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** The process (host:pid) running the job, or that ran it last. */
  worker: string | null;
  /** When that process last said it was alive; a running job without a recent one has lost its worker. */
  heartbeatAt: string | null;
  /** What happened to the job besides its result, in words: a lost worker, a shutdown; null when nothing did. */
  notice: string | null;
}

export const isTerminalStatus = (status: SolveJobStatus): boolean =>
  status === "succeeded" || status === "failed" || status === "cancelled";
