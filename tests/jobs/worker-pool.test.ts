import { afterAll, describe, expect, it } from "vitest";
import type { StaffingCase } from "../../api/domain/staffing/staffing-case";
import { runPoolTask, stopWorkerPool } from "../../api/infrastructure/workers/worker-pool";
import { calculateStaffingBatch } from "../../api/services/staffing-batch";

/** The worked example of callcentrehelper.com's Erlang C article (see tests/domain/staffing for the citation). */
const reference: StaffingCase = {
  callsPerInterval: 100,
  intervalSeconds: 1800,
  ahtSeconds: 180,
  targetAnswerSeconds: 20,
  targetServiceLevel: 0.8,
  model: "erlang-c",
  channel: "voice",
};

describe("the worker pool", () => {
  afterAll(() => stopWorkerPool());

  it("parses, validates and computes a staffing batch's text on another thread while this event loop keeps running, with the same results", async () => {
    const cases = Array.from({ length: 20_000 }, (_, index) => ({
      ...reference,
      callsPerInterval: 50 + (index % 2_000),
    }));
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 1);
    const outcome = await runPoolTask("staffingBatchFromText", JSON.stringify({ cases }));
    clearInterval(ticker);
    // Computed on this thread, the batch would hold the event loop until it returned: no turn at all.
    expect(turns).toBeGreaterThan(0);
    expect(outcome.kind).toBe("results");
    expect(outcome.kind === "results" && JSON.parse(outcome.json)).toEqual({ results: calculateStaffingBatch(cases) });
  });

  it("answers a staffing batch that breaks the contract with the problems' field paths", async () => {
    const cases = [reference, { ...reference, ahtSeconds: 0 }, { ...reference, model: "erlang-a" }];
    const outcome = await runPoolTask("staffingBatchFromText", JSON.stringify({ cases }));
    expect(outcome).toEqual({
      kind: "invalid",
      problems: [
        { path: "body.cases.1.ahtSeconds", message: "must be > 0" },
        { path: "body.cases.2.patienceSeconds", message: "is required when model is erlang-a" },
      ],
    });
  });

  it("runs the named task and hands back its RangeError as a RangeError", async () => {
    const request = {
      history: [],
      zoneName: "Asia/Manila",
      intervalMinutes: 60 as const,
      horizonDays: 0,
      method: "auto",
    };
    await expect(runPoolTask("forecastQueue", request)).rejects.toThrow(RangeError);
    await expect(runPoolTask("forecastQueue", request)).rejects.toThrow(/horizon must be 1/);
  });
});
