import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { staffingBatchResponse } from "../../api/contracts/staffing";
import { calculateStaffingBatch } from "../../api/services/staffing-batch";
import { floatNoiseIn } from "../support/float-noise";

const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");

function cli(args: string[], stdin?: string) {
  const run = spawnSync(tsx, ["api/cli.ts", ...args], { input: stdin, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// callcentrehelper.com's Erlang C worked example, with its 85 % occupancy cap and 30 % shrinkage.
const reference = {
  callsPerInterval: 100,
  intervalSeconds: 1800,
  ahtSeconds: 180,
  targetAnswerSeconds: 20,
  targetServiceLevel: 0.8,
  maxOccupancy: 0.85,
  shrinkage: 0.3,
};

describe("shiftcast staffing", () => {
  it("answers the published example from a file, in input order, rounded at the edge", () => {
    const file = join(mkdtempSync(join(tmpdir(), "staffing-")), "cases.json");
    // 21 agents ÷ (1 − 0.3) is 30.000000000000004 in binary: answered as 30 FTE.
    writeFileSync(
      file,
      JSON.stringify({
        cases: [
          reference,
          { ...reference, agents: 9 },
          { ...reference, model: "erlang-a", patienceSeconds: 120 },
          { ...reference, agents: 21 },
        ],
      }),
    );
    const run = cli(["staffing", "--input", file]);
    expect(run.code).toBe(0);
    expect(floatNoiseIn(run.stdout)).toEqual([]);
    const { results } = staffingBatchResponse.parse(JSON.parse(run.stdout));
    // The exact kernel gives pWait 0.1741319335950498 and service level 0.8883500191794669 (tests/domain/staffing); probabilities leave with 6 decimals, seconds with 2.
    expect(results[0]).toMatchObject({
      trafficErlangs: 10,
      agents: 14,
      scheduledAgents: 20,
      pWait: 0.174132,
      serviceLevel: 0.88835,
      asaSeconds: 7.84,
    });
    expect(results[1]).toMatchObject({ agents: 9, pWait: 1, serviceLevel: 0, asaSeconds: null });
    expect(results[2].pAbandon).toBeGreaterThan(0);
    expect(results[2].serviceLevelAnswered).toBeGreaterThan(results[2].serviceLevel);
    expect(results[3]).toMatchObject({ agents: 21, scheduledAgents: 30, fractionalFte: 30 });
  });

  it("rejects a bad case naming its index and field, exits 2 and prints nothing on stdout", () => {
    const run = cli(
      ["staffing", "--input", "-"],
      JSON.stringify({ cases: [reference, { ...reference, ahtSeconds: 0, shrinkage: 1 }] }),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("cases[1].ahtSeconds");
    expect(run.stderr).toContain("cases[1].shrinkage");
  });

  it("asks for a target unless agents are given, and for patience under erlang-a", () => {
    const { targetServiceLevel: _sl, ...noTarget } = reference;
    const run = cli(
      ["staffing", "--input", "-"],
      JSON.stringify({ cases: [noTarget, { ...reference, model: "erlang-a" }] }),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("cases[0].targetServiceLevel");
    expect(run.stderr).toContain("cases[1].patienceSeconds");
  });

  it("computes a batch above the worker threshold off the main thread with the same results", () => {
    const cases = Array.from({ length: 1_500 }, (_, i) => ({
      ...reference,
      callsPerInterval: 1 + i * 7,
      model: i % 3 === 0 ? ("erlang-a" as const) : ("erlang-c" as const),
      patienceSeconds: 90,
    }));
    const run = cli(["staffing", "--input", "-"], JSON.stringify({ cases }));
    expect(run.code).toBe(0);
    const expected = calculateStaffingBatch(cases.map((c) => ({ ...c, channel: "voice" as const })));
    expect(JSON.parse(run.stdout).results).toEqual(expected);
  });
});

describe("shiftcast requirements", () => {
  const queue = {
    channel: "voice",
    targetServiceLevel: 0.8,
    targetAnswerSeconds: 20,
    shrinkage: 0.3,
    maxOccupancy: 0.85,
  };
  const intervals = [
    { intervalStart: "2026-03-09T08:00:00Z", volume: 100, ahtSeconds: 180 },
    { intervalStart: "2026-03-09T08:30:00Z", volume: 0, ahtSeconds: 180 },
  ];

  it("prints the requirement of each interval", () => {
    const run = cli(["requirements", "--input", "-"], JSON.stringify({ queue, intervalSeconds: 1800, intervals }));
    expect(run.code).toBe(0);
    expect(floatNoiseIn(run.stdout)).toEqual([]);
    const output = JSON.parse(run.stdout);
    expect(output.intervals[0]).toMatchObject({
      intervalStart: "2026-03-09T08:00:00.000Z",
      agents: 14,
      scheduledAgents: 20,
      fractionalFte: 20,
      serviceLevel: 0.88835,
    });
    expect(output.intervals[1]).toMatchObject({ agents: 0, serviceLevel: null });
  });

  it("rejects intervals that do not follow each other by intervalSeconds, with exit 2", () => {
    const run = cli(["requirements", "--input", "-"], JSON.stringify({ queue, intervalSeconds: 3600, intervals }));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("intervals[1].intervalStart");
  });
});
