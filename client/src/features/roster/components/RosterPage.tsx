import { useCallback, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import type { ProblemWarningDto } from "../../../../../api/contracts/roster-problem";
import { EmptyState, ErrorState, Loading, PageHeader } from "../../../components/ui/states";
import { formatInZone } from "../../../lib/zoned-time";
import { useAgents, useQueues, useSchedule, useSchedules } from "../api/queries";
import { PlanPanel } from "./PlanPanel";
import { RosterWorkspace, type RosterView } from "./RosterWorkspace";
import { SolveProgress } from "./SolveProgress";
import { SolveReview } from "./SolveReview";
import { VersionBar } from "./VersionBar";

function ScheduleView({ scheduleId }: { scheduleId: string }) {
  const schedule = useSchedule(scheduleId);
  const agents = useAgents();
  const [chosenVersion, setChosenVersion] = useState<number | null>(null);
  const [view, setView] = useState<RosterView>("calendar");
  const agentNames = useMemo(
    () => new Map((agents.data?.agents ?? []).map((agent) => [agent.id, agent.name])),
    [agents.data],
  );
  const print = () => {
    setView("grid");
    setTimeout(() => window.print(), 200);
  };
  if (schedule.isPending || agents.isPending) return <Loading label="Loading the schedule…" />;
  if (schedule.isError) return <ErrorState error={schedule.error} onRetry={() => void schedule.refetch()} />;
  if (agents.isError) return <ErrorState error={agents.error} onRetry={() => void agents.refetch()} />;
  const detail = schedule.data;
  const latest = detail.versions.at(-1);
  if (!latest) {
    const isSolving = detail.solves.some((solve) => solve.status === "queued" || solve.status === "running");
    return <EmptyState title={isSolving ? "The solve is still running." : "This schedule has no version yet."} />;
  }
  const version = detail.versions.find((item) => item.number === chosenVersion) ?? latest;
  const queueNames = new Map(detail.queues.map((queue) => [queue.id, queue.name]));
  const reviewZone = detail.queues[0]?.timeZone ?? "UTC";
  return (
    <>
      <h2 className="schedule-title">{detail.name}</h2>
      {detail.queuesWithoutRequirements.length > 0 && (
        <p className="notice notice--warn">
          No stored forecast over this period for{" "}
          {detail.queuesWithoutRequirements.map((id) => queueNames.get(id) ?? id).join(", ")}: their coverage shows no
          requirement.
        </p>
      )}
      <VersionBar
        schedule={detail}
        versionNumber={version.number}
        onVersion={setChosenVersion}
        agentNames={agentNames}
        onPrint={print}
      />
      <div className="no-print">
        <SolveReview version={version} queueNames={queueNames} timeZone={reviewZone} />
      </div>
      <RosterWorkspace
        key={`${detail.id}-${version.number}`}
        schedule={detail}
        versionNumber={version.number}
        isDraft={version.status === "draft"}
        agents={agents.data.agents}
        view={view}
        onView={setView}
      />
    </>
  );
}

type Submitted = { jobId: string; scheduleId: string; timeLimitSeconds: number; warnings: ProblemWarningDto[] };

/** Directors and planners: queue → forecast → generate → review → edit → publish, on one page. */
export function RosterPage() {
  const queues = useQueues();
  const schedules = useSchedules();
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const scheduleId = search.get("schedule");
  const [running, setRunning] = useState<Submitted | null>(null);
  const chooseSchedule = useCallback((id: string) => setSearch(id ? { schedule: id } : {}), [setSearch]);
  const onFinished = useCallback(
    (finishedJob: { id: string }) => {
      if (!running || running.jobId !== finishedJob.id) return;
      void queryClient.invalidateQueries({ queryKey: ["schedules"] });
      chooseSchedule(running.scheduleId);
    },
    [running, queryClient, chooseSchedule],
  );
  const onSubmitted = (submitted: Submitted) => {
    setRunning(submitted);
    chooseSchedule(submitted.scheduleId);
  };

  return (
    <>
      <PageHeader
        title="Roster"
        subtitle="Generate a roster from the forecasts, review what it costs and covers, adjust shifts and publish to agents."
      />
      {queues.isPending && <Loading label="Loading queues…" />}
      {queues.isError && <ErrorState error={queues.error} onRetry={() => void queues.refetch()} />}
      {queues.data && queues.data.queues.length === 0 && (
        <EmptyState title="No queues yet.">Create a queue first.</EmptyState>
      )}
      {queues.data && queues.data.queues.length > 0 && (
        <PlanPanel queues={queues.data.queues} onSubmitted={onSubmitted} />
      )}
      {running && (
        <SolveProgress
          key={running.jobId}
          jobId={running.jobId}
          timeLimitSeconds={running.timeLimitSeconds}
          buildWarnings={running.warnings}
          onFinished={onFinished}
        />
      )}
      <div className="toolbar no-print">
        <label>
          Schedule
          <select value={scheduleId ?? ""} onChange={(event) => chooseSchedule(event.target.value)}>
            <option value="">Choose a schedule…</option>
            {schedules.data?.schedules.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name} ·{" "}
                {formatInZone(item.periodStartUtc, item.queues[0]?.timeZone ?? "UTC", {
                  day: "numeric",
                  month: "short",
                  year: "numeric",
                })}
                {item.publishedVersionNumber ? ` · v${item.publishedVersionNumber} published` : ""}
              </option>
            ))}
          </select>
        </label>
        {schedules.isError && <ErrorState error={schedules.error} />}
      </div>
      {scheduleId && <ScheduleView key={scheduleId} scheduleId={scheduleId} />}
      {!scheduleId && schedules.data?.schedules.length === 0 && (
        <EmptyState title="No roster yet.">Generate one above.</EmptyState>
      )}
    </>
  );
}
