import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { addDays } from "../../api/domain/time/local-date";

const root = fileURLToPath(new URL("../..", import.meta.url));

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

/** Eight weeks at 100 calls an hour 07:00–19:00 whose days alternate weekly between 80 and 120 (so mornings tell the day's level), then a morning at 150. */
function historyCsv(): string {
  const lines = ["timestamp,count"];
  for (let day = 0; day <= 56; day += 1) {
    const date = addDays("2026-01-05", day);
    const level = day === 56 ? 150 : Math.floor(day / 7) % 2 === 0 ? 80 : 120;
    for (let hour = 7; hour < (day === 56 ? 11 : 19); hour += 1)
      lines.push(`${date}T${String(hour).padStart(2, "0")}:00,${level}`);
  }
  return `${lines.join("\n")}\n`;
}

describe("shiftcast forecast --start during a day", () => {
  it("uses the part of the day already observed to re-level the rest of it", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "shiftcast-intraday-")), "history.csv");
    writeFileSync(file, historyCsv());
    const common = [
      "forecast",
      "--history",
      file,
      "--time-zone",
      "America/New_York",
      "--interval-minutes",
      "60",
      "--horizon-days",
      "1",
      "--method",
      "mean-last-4-weekdays",
    ];
    const { code, stdout, stderr } = await runCli([...common, "--start", "2026-03-02T11:00"]);
    expect(code, stderr).toBe(0);
    const noon = stdout
      .split("\n")
      .find((row) => row.startsWith("2026-03-02T12:00:00-05:00,"))!
      .split(",");
    // The day-ahead forecast is 100 (four weeks of 80 and 120); the morning ran at 150, and the backtest learns weight 1.
    expect(Number(noon[1])).toBe(150);
    expect(stderr).toContain("re-levelled the rest of the day by × 1.500");
  }, 30_000);
});
