import { useEffect, useState } from "react";
import { getSolveJob, streamSolveJob, type SolveJobDto } from "../../../../../api/contracts/solve-jobs";
import { callApi } from "../../../lib/api-client";

const finished = new Set<SolveJobDto["status"]>(["succeeded", "failed", "cancelled"]);
const pollEveryMs = 1000;

/**
 * A solve job as it runs: server-sent events (`progress`, then `done`) when the browser keeps the
 * stream open, else polling GET /api/solve-jobs/:id every second. The stream is a GET and sends no
 * CSRF header; its URL comes from the contract.
 */
export function useLiveSolveJob(jobId: string | null): {
  job: SolveJobDto | null;
  transport: "events" | "polling" | null;
} {
  const [job, setJob] = useState<SolveJobDto | null>(null);
  const [transport, setTransport] = useState<"events" | "polling" | null>(null);

  useEffect(() => {
    setJob(null);
    if (!jobId) return;
    let isClosed = false;
    let isDone = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const poll = async () => {
      if (isClosed) return;
      try {
        const latest = await callApi(getSolveJob, { params: { jobId } });
        if (isClosed) return;
        setJob(latest);
        if (finished.has(latest.status)) return;
      } catch {
        /* a failed poll is retried on the next tick */
      }
      timer = setTimeout(() => void poll(), pollEveryMs);
    };
    const fallBackToPolling = () => {
      setTransport("polling");
      void poll();
    };

    if (typeof EventSource === "undefined") {
      fallBackToPolling();
    } else {
      setTransport("events");
      const source = new EventSource(streamSolveJob.path.replace(":jobId", encodeURIComponent(jobId)));
      const receive = (event: MessageEvent<string>) => {
        const next = JSON.parse(event.data) as SolveJobDto;
        setJob(next);
        if (!finished.has(next.status)) return;
        isDone = true;
        source.close();
      };
      source.addEventListener("progress", receive);
      source.addEventListener("done", receive);
      source.onerror = () => {
        source.close();
        if (!isClosed && !isDone) fallBackToPolling();
      };
      return () => {
        isClosed = true;
        source.close();
        clearTimeout(timer);
      };
    }
    return () => {
      isClosed = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  return { job, transport };
}
