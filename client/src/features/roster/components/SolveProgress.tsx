import { useEffect } from "react";
import type { SolveJobDto } from "../../../../../api/contracts/solve-jobs";
import { ErrorState } from "../../../components/ui/states";
import { useCancelSolve } from "../api/queries";
import { useLiveSolveJob } from "../hooks/use-live-solve-job";
import type { ProblemWarningDto } from "../../../../../api/contracts/roster-problem";
import { SolveWarnings } from "./SolveWarnings";

const number = (value: number | null | undefined) =>
  value === null || value === undefined ? "–" : value.toLocaleString("en-GB", { maximumFractionDigits: 1 });
const gap = (fraction: number | null | undefined) =>
  fraction === null || fraction === undefined ? "–" : `${(fraction * 100).toFixed(1)} %`;

/**
 * The running solve: elapsed against the time limit, incumbent, bound and gap as the job reports them
 * (a finished job's final figures); the warnings of building the problem until the job has a result
 * (then the solve review shows them from it, with the solve's own); Cancel keeps the best roster.
 */
export function SolveProgress({
  jobId,
  timeLimitSeconds,
  buildWarnings,
  onFinished,
}: {
  jobId: string;
  timeLimitSeconds: number;
  buildWarnings: ProblemWarningDto[];
  onFinished: (job: SolveJobDto) => void;
}) {
  const { job, transport } = useLiveSolveJob(jobId);
  const cancel = useCancelSolve();
  const isFinished = job !== null && ["succeeded", "failed", "cancelled"].includes(job.status);
  const hasResult = isFinished && job.result !== null && job.result !== undefined;
  useEffect(() => {
    if (job && isFinished) onFinished(job);
  }, [job, isFinished, onFinished]);
  const elapsedSeconds = job?.progress?.elapsedSeconds ?? 0;
  const fraction = isFinished ? 1 : Math.min(1, elapsedSeconds / timeLimitSeconds);
  return (
    <section className="panel solve-progress no-print" aria-labelledby="solve-title">
      <h2 id="solve-title">
        Solving {job ? `· ${job.status}` : "· starting"}
        {job?.progress?.phase ? ` (${job.progress.phase})` : ""}
      </h2>
      <progress
        className="solve-progress__bar"
        max={1}
        value={fraction}
        aria-label="Solve progress against the time limit"
      />
      <dl className="facts facts--four" aria-live="polite">
        <div>
          <dt>Elapsed</dt>
          <dd data-testid="solve-elapsed">
            {elapsedSeconds.toFixed(1)} s of {timeLimitSeconds} s
          </dd>
        </div>
        <div>
          <dt>Best roster (incumbent)</dt>
          <dd>{number(job?.progress?.incumbentObjective)}</dd>
        </div>
        <div>
          <dt>Proven bound</dt>
          <dd>{number(job?.progress?.bestBound)}</dd>
        </div>
        <div>
          <dt>Gap</dt>
          <dd>{gap(job?.progress?.relativeGap)}</dd>
        </div>
      </dl>
      {!hasResult && <SolveWarnings warnings={buildWarnings} />}
      <p className="muted small">
        Live through {transport === "polling" ? "polling every second" : "server-sent events"}. Cancelling keeps the
        best roster found so far.
      </p>
      {job?.error && <p className="notice notice--error">{job.error}</p>}
      {cancel.isError && <ErrorState error={cancel.error} />}
      {!isFinished && (
        <button
          type="button"
          className="button"
          disabled={cancel.isPending || job?.isCancelRequested}
          onClick={() => cancel.mutate(jobId)}
        >
          {job?.isCancelRequested ? "Cancelling…" : "Cancel"}
        </button>
      )}
    </section>
  );
}
