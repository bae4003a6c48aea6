import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { rosterSolutionSchema } from "../../api/contracts/roster-problem";
import { flatRequirements, microAgent, microProblem } from "../domain/roster/micro-problem";
import { floatNoiseIn } from "../support/float-noise";

const run = promisify(execFile);

async function roster(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "api/cli.ts", "roster", ...args], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("roster --input", () => {
  const directory = mkdtempSync(join(tmpdir(), "roster-cli-"));

  it("prints the roster with objective breakdown, bound, gaps and coverage as JSON", async () => {
    const path = join(directory, "problem.json");
    const problem = microProblem({
      agents: [microAgent("ana")],
      requirements: flatRequirements("voice", ["2026-03-09", "2026-03-10"], 9, 17, 1),
    });
    writeFileSync(path, JSON.stringify(problem));
    const result = await roster(["--input", path, "--time-limit-seconds", "10"]);
    expect(result.code).toBe(0);
    const solution = JSON.parse(result.stdout);
    expect(solution).toMatchObject({ status: "optimal", isUnderstaffed: false, lowerBound: 0, relativeGap: 0 });
    expect(solution.shifts).toHaveLength(2);
    const required = solution.coverage.filter((entry: { requiredAgents: number }) => entry.requiredAgents > 0);
    expect(required).toHaveLength(16);
    expect(required.every((entry: { scheduledAgents: number }) => entry.scheduledAgents === 1)).toBe(true);
    expect(solution.objective.breakdown.map((entry: { rule: string }) => entry.rule)).toContain("short_cover");
  }, 60_000);

  it("warns on stderr and in the JSON of summed and dropped requirement rows, and prints agent-minutes to 2 decimals", async () => {
    const path = join(directory, "warned.json");
    const monday = flatRequirements("voice", ["2026-03-09"], 9, 17, 1 / 3);
    const outside = flatRequirements("voice", ["2026-03-12"], 9, 11, 1);
    writeFileSync(
      path,
      JSON.stringify(microProblem({ agents: [microAgent("ana")], requirements: [...monday, monday[0], ...outside] })),
    );
    const result = await roster(["--input", path, "--time-limit-seconds", "10"]);
    expect(result.code).toBe(0);
    const solution = rosterSolutionSchema.parse(JSON.parse(result.stdout));
    expect(solution.warnings).toEqual([
      expect.objectContaining({ code: "duplicate_requirements", count: 1 }),
      expect.objectContaining({ code: "requirements_outside_period", count: 2 }),
    ]);
    expect(result.stderr).toContain(
      "warning (requirements_outside_period): 2 requirement rows start outside the solve period and were dropped",
    );
    expect(floatNoiseIn(result.stdout)).toEqual([]);
    expect(solution.objective.total * 100).toBe(Math.round(solution.objective.total * 100));
  }, 60_000);

  it("rejects a problem with a bad field with exit code 2, the field's path on stderr and nothing on stdout", async () => {
    const path = join(directory, "bad.json");
    writeFileSync(path, JSON.stringify({ ...microProblem(), agents: [{ ...microAgent("ana"), timeZone: "+02:00" }] }));
    const result = await roster(["--input", path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("agents.0.timeZone");
  }, 60_000);
});
