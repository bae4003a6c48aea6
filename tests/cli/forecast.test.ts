import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { floatNoiseIn } from "../support/float-noise";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tickets = join(root, "tests/fixtures/history/tickets-manila.csv");

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      join(root, "node_modules/.bin/tsx"),
      ["api/cli.ts", ...args],
      { cwd: root, env: { ...process.env, TZ: "Pacific/Chatham" } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

describe("shiftcast forecast", () => {
  it("prints one CSV row per interval of the horizon in the queue's zone, never negative", async () => {
    const { code, stdout, stderr } = await runCli([
      "forecast",
      "--history",
      tickets,
      "--time-zone",
      "Asia/Manila",
      "--interval-minutes",
      "30",
      "--horizon-days",
      "7",
    ]);
    expect(code, stderr).toBe(0);
    const [header, ...rows] = stdout.trim().split("\n");
    expect(header).toBe("interval_start,forecast,p50,p80,p90,aht_seconds");
    expect(rows).toHaveLength(7 * 48);
    expect(rows[0]).toMatch(/^2026-02-07T00:00:00\+08:00,0,0,0,0,[\d.]+$/);
    const monday10 = rows.find((row) => row.startsWith("2026-02-09T10:00:00+08:00"))!.split(",");
    expect(Number(monday10[1])).toBeGreaterThan(0);
    expect(Number(monday10[5])).toBeGreaterThan(200);
    for (const row of rows)
      expect(
        row
          .split(",")
          .slice(1, 5)
          .every((cell) => Number(cell) >= 0),
      ).toBe(true);
    expect(floatNoiseIn(stdout)).toEqual([]);
    expect(stderr).toMatch(/day-ahead: .* wMAPE/);
  }, 30_000);

  it("rejects a file with an invalid row: exit code 2, the row on stderr, nothing on stdout", async () => {
    const folder = mkdtempSync(join(tmpdir(), "shiftcast-forecast-"));
    const bad = join(folder, "bad.csv");
    writeFileSync(bad, "timestamp,count\n2026-03-02T09:00,10\n2026-03-02T10:00,lots\n");
    const { code, stdout, stderr } = await runCli(["forecast", "--history", bad, "--time-zone", "Asia/Manila"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('row 3, column count: "lots" is not a number ≥ 0');
  }, 30_000);

  it("starts at --start read as wall-clock time in --time-zone and refuses a bad zone", async () => {
    const { stdout } = await runCli([
      "forecast",
      "--history",
      tickets,
      "--time-zone",
      "Asia/Manila",
      "--horizon-days",
      "1",
      "--start",
      "2026-02-09T00:00",
      "--method",
      "seasonal-naive",
    ]);
    const rows = stdout.trim().split("\n").slice(1);
    expect(rows).toHaveLength(24);
    expect(rows[0].startsWith("2026-02-09T00:00:00+08:00,")).toBe(true);
    const badZone = await runCli(["forecast", "--history", tickets, "--time-zone", "+08:00"]);
    expect([badZone.code, badZone.stdout]).toEqual([2, ""]);
  }, 30_000);

  it("reads a day-first ; file only with --date-format, and refuses an unknown --delimiter with exit code 2", async () => {
    const dayFirst = fileURLToPath(new URL("../fixtures/history/excel-day-first.csv", import.meta.url));
    const named = await runCli([
      "forecast",
      "--history",
      dayFirst,
      "--time-zone",
      "Europe/Berlin",
      "--horizon-days",
      "3",
      "--date-format",
      "DD/MM/YYYY HH:MM",
    ]);
    expect(named.code, named.stderr).toBe(0);
    const rows = named.stdout.trim().split("\n").slice(1);
    expect(rows).toHaveLength(72); // Saturday, Sunday, then Monday, which has its usual volume
    expect(rows.find((row) => row.startsWith("2026-03-02T09:00:00+01:00,"))!.split(",")[1]).not.toBe("0");
    const guessed = await runCli([
      "forecast",
      "--history",
      dayFirst,
      "--time-zone",
      "Europe/Berlin",
      "--horizon-days",
      "1",
    ]);
    expect([guessed.code, guessed.stdout]).toEqual([2, ""]);
    const badDelimiter = await runCli([
      "forecast",
      "--history",
      dayFirst,
      "--time-zone",
      "Europe/Berlin",
      "--delimiter",
      "pipe",
    ]);
    expect([badDelimiter.code, badDelimiter.stdout]).toEqual([2, ""]);
    expect(badDelimiter.stderr).toContain("--delimiter must be , ; or tab");
  }, 30_000);
});
