import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repairResultSchema } from "../../api/contracts/repair";
import { flatRequirements, microAgent, microProblem } from "../domain/roster/micro-problem";

const run = promisify(execFile);

async function repair(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "api/cli.ts", "repair", ...args], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("repair --input --baseline", () => {
  const directory = mkdtempSync(join(tmpdir(), "repair-cli-"));
  const problemPath = join(directory, "problem.json");
  writeFileSync(
    problemPath,
    JSON.stringify(
      microProblem({
        agents: [
          microAgent("ana", {
            timeOff: [{ startUtc: "2026-03-10T00:00:00Z", endUtc: "2026-03-11T00:00:00Z", reason: "sick" }],
          }),
          microAgent("ben"),
        ],
        requirements: flatRequirements("voice", ["2026-03-09", "2026-03-10"], 9, 17, 1),
      }),
    ),
  );
  const baselinePath = join(directory, "roster.json");
  const shift = (agentId: string, day: string) => ({
    agentId,
    startUtc: `${day}T09:00:00Z`,
    endUtc: `${day}T17:00:00Z`,
    lengthMinutes: 480,
  });
  writeFileSync(
    baselinePath,
    JSON.stringify({ status: "optimal", shifts: [shift("ana", "2026-03-09"), shift("ana", "2026-03-10")] }),
  );

  it("prints the proposal, the repaired roster and the from-scratch figures as JSON", async () => {
    const result = await repair([
      "--input",
      problemPath,
      "--baseline",
      baselinePath,
      "--cutoff",
      "2026-03-10T00:00:00Z",
      "--time-limit-seconds",
      "2",
      "--scratch-seconds",
      "1",
    ]);
    expect(result.code, result.stderr).toBe(0);
    const answer = repairResultSchema.parse(JSON.parse(result.stdout));
    expect(
      answer.changes.map((change) => [change.agentId, change.kind, change.premiumAgentMinutes, change.isOffer]),
    ).toEqual([
      ["ana", "removed", 60, false],
      ["ben", "added", 60, true],
    ]);
    expect(answer.solution.shifts.map((entry) => [entry.agentId, entry.startUtc])).toEqual([
      ["ana", "2026-03-09T09:00:00Z"],
      ["ben", "2026-03-10T09:00:00Z"],
    ]);
    expect(answer.fromScratch.coverageRecoveredAgentMinutes).toBe(480);
  }, 60_000);

  it("exits with code 2 naming a baseline shift of an unknown agent", async () => {
    const strangerPath = join(directory, "stranger.json");
    writeFileSync(strangerPath, JSON.stringify({ shifts: [shift("zoe", "2026-03-10")] }));
    const result = await repair([
      "--input",
      problemPath,
      "--baseline",
      strangerPath,
      "--cutoff",
      "2026-03-10T00:00:00Z",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown agent zoe");
  }, 60_000);
});
