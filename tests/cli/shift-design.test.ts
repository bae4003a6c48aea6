import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { shiftDesignInstanceSchema, shiftDesignSolutionSchema } from "../../api/contracts/shift-design";
import example from "../fixtures/shift-design-example.json";
import { floatNoiseIn } from "../support/float-noise";

const run = promisify(execFile);

/** Runs the CLI as a user would; resolves with the exit code instead of throwing on a non-zero one. */
async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "api/cli.ts", ...args], {
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe("shift-design command", () => {
  it("prints the optimal design of the example as JSON matching the contract", async () => {
    const { code, stdout, stderr } = await runCli([
      "shift-design",
      "--input",
      "tests/fixtures/shift-design-example.json",
      "--time-limit-seconds",
      "30",
      "--relative-gap",
      "0",
    ]);
    expect(code, stderr).toBe(0);
    const solution = shiftDesignSolutionSchema.parse(JSON.parse(stdout));
    expect(solution.objective).toEqual({ shortageMinutes: 0, excessMinutes: 0, shiftCount: 8, total: 480 });
    expect(solution).toMatchObject({ lowerBound: 480, status: "optimal" });
    expect(solution.shifts).toHaveLength(8);
    expect(floatNoiseIn(stdout)).toEqual([]);
  });

  it("rejects an instance with the wrong number of slots with exit code 2 and nothing on stdout", async () => {
    const directory = await mkdtemp(join(tmpdir(), "shift-design-"));
    const path = join(directory, "short.json");
    await writeFile(path, JSON.stringify({ ...example, requirements: example.requirements.slice(1) }));
    const { code, stdout, stderr } = await runCli(["shift-design", "--input", path]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/requirements: must hold 168 slots/);
  });

  it("rejects a time limit that is not a positive number with exit code 2", async () => {
    const { code, stdout, stderr } = await runCli([
      "shift-design",
      "--input",
      "tests/fixtures/shift-design-example.json",
      "--time-limit-seconds",
      "soon",
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/--time-limit-seconds must be a positive number/);
  });
});

describe("shift-design contract", () => {
  it("accepts the example with its extra benchmark fields", () => {
    expect(shiftDesignInstanceSchema.parse(example).requirements).toHaveLength(168);
  });

  it("names the field of a start window that leaves the day", () => {
    const shiftTypes = [{ ...example.shiftTypes[0], maxStartSlot: 24 }];
    const parsed = shiftDesignInstanceSchema.safeParse({ ...example, shiftTypes });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["shiftTypes", 0, "maxStartSlot"]);
  });

  it("rejects a slot length that does not divide the day", () => {
    expect(shiftDesignInstanceSchema.safeParse({ ...example, slotMinutes: 7 }).success).toBe(false);
  });
});
