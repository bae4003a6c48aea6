import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runCapacityCommand } from "../../api/cli/commands/capacity";
import { CliInputError } from "../../api/cli/cli-error";
import { capacityCommandOutput } from "../../api/contracts/capacity";

const EXAMPLE_PATH = "docs/examples/capacity-plan.json";
const example = JSON.parse(readFileSync(EXAMPLE_PATH, "utf8")) as Record<string, unknown>;
const run = promisify(execFile);

function runCli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      "node_modules/.bin/tsx",
      ["api/cli.ts", ...args],
      { encoding: "utf8" },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? "");
  });
}

describe("capacity command", () => {
  it("projects the example plan: the summer episode, its recommendation and the scenarios", () => {
    const output = runCapacityCommand(example);
    expect(capacityCommandOutput.parse(output)).toEqual(output);
    const [summer] = output.plan.episodes;
    expect(summer.summary).toMatch(/^June 8 – August 30: up to \d+ FTE short, mostly student exits$/);
    expect(summer.recommendation).toMatchObject({
      recruitByDate: "2026-03-30",
      classStartDate: "2026-05-11",
      isTooLate: false,
    });
    expect(output.plan.weeks).toHaveLength(52);
    expect(output.scenarioComparison?.columns.map((column) => column.name)[0]).toBe("Base plan");
  });

  it("closes every episode in the example's scenario that adds the recommended class", () => {
    const output = runCapacityCommand(example);
    const recommendation = output.plan.episodes[0].recommendation;
    const withClass = output.scenarioComparison?.columns.find((column) =>
      column.name.includes(`class of ${recommendation.classSize}`),
    );
    expect(withClass?.totals.flaggedWeekCount).toBe(0);
  });

  it("rejects a plan with a missing field, naming the field, and a plan with both kinds of demand", () => {
    const { hiring: _hiring, ...withoutHiring } = example;
    expect(() => runCapacityCommand(withoutHiring)).toThrow(CliInputError);
    expect(() => runCapacityCommand(withoutHiring)).toThrow(/hiring:/);
    expect(() => runCapacityCommand({ ...example, volumeForecasts: [] })).toThrow(/exactly one of demand/);
  });

  it("rejects a plan whose agents belong to a cohort without a curve", () => {
    const agents = [{ id: "x-1", attritionCohort: "night-shift", contractedMinutesPerWeek: 2400 }];
    expect(() => runCapacityCommand({ ...example, agents })).toThrow(
      /attrition cohort night-shift has no attrition curve/,
    );
  });

  it("turns weekly volumes into demand through the staffing engine", () => {
    const { demand: _demand, ...withoutDemand } = example;
    const weeks = (example.demand as Array<{ weekStartDate: string }>).map((week) => ({
      weekStartDate: week.weekStartDate,
      volume: 21_000,
    }));
    const intradayShares = Array.from({ length: 48 }, (_, slot) => (slot >= 16 && slot < 40 ? 1 : 0));
    const volumeForecasts = [
      {
        queueName: "support",
        intervalMinutes: 30,
        weekdayShares: [1, 1, 1, 1, 1, 0.5, 0.5],
        intradayShares,
        settings: { ahtSeconds: 360, targetAnswerSeconds: 20, targetServiceLevel: 0.8, shrinkage: 0.3 },
        weeks,
      },
    ];
    const output = runCapacityCommand({ ...withoutDemand, volumeForecasts, scenarios: [] });
    expect(output.plan.weeks[0].requiredFte).toBeGreaterThan(0);
    expect(new Set(output.plan.weeks.map((week) => week.requiredFte.toFixed(9))).size).toBe(1);
  });

  it("prints the weekly table as JSON on stdout and exits 0", async () => {
    const result = await run("node_modules/.bin/tsx", ["api/cli.ts", "capacity", "--input", EXAMPLE_PATH], {
      encoding: "utf8",
    });
    const printed = capacityCommandOutput.parse(JSON.parse(result.stdout));
    expect(printed.plan.weeks[22].weekStartDate).toBe("2026-06-08");
    expect(result.stderr).toContain("June 8 – August 30");
  });

  it("exits 2 with nothing on stdout for an invalid plan on stdin", async () => {
    const result = await runCli(["capacity", "--input", "-"], JSON.stringify({ ...example, weekCount: 60 }));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/error: invalid capacity plan: weekCount/);
  });
});
