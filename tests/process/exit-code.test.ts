import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

interface Run {
  code: number | null;
  output: string;
}

/** Runs vitest on the fixture in a process of its own, on the embedded PostgreSQL (DATABASE_URL unset), as `npm test` runs. */
function runFixture(expectedOrganisations: number): Promise<Run> {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: "1",
    SHIFTCAST_FIXTURE_ORGANISATIONS: String(expectedOrganisations),
  };
  delete environment.FORCE_COLOR;
  delete environment.DATABASE_URL;
  delete environment.SHIFTCAST_COUNTS_FILE; // the fixture's counts are not this run's
  const vitest = spawn(
    process.execPath,
    ["node_modules/vitest/vitest.mjs", "run", "--config", "tests/process/exit-code/vitest.config.ts"],
    { env: environment, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  vitest.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  vitest.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => vitest.once("exit", (code) => resolve({ code, output })));
}

describe("npm test on the embedded PostgreSQL", () => {
  it("exits non-zero when a database test fails", async () => {
    const run = await runFixture(2);
    expect(run.output).toMatch(/Tests +1 failed/);
    expect(run.code, run.output).toBe(1);
  });

  it("exits 0 when the database tests pass, without an error from the server's exit hooks", async () => {
    const run = await runFixture(1);
    expect(run.output).toMatch(/Tests +1 passed/);
    expect(run.output).not.toMatch(/TypeError|Error:/);
    expect(run.code, run.output).toBe(0);
  });
});
