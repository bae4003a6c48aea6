import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import request from "supertest";
import { afterAll, describe, expect, inject, it } from "vitest";
import { getQueueHistory, historyImportReport } from "../../api/contracts/history";
import { queue } from "../../api/contracts/queues";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { voiceQueueInput } from "../support/factories";

const root = fileURLToPath(new URL("../..", import.meta.url));
const directory = mkdtempSync(join(tmpdir(), "shiftcast-import-cli-"));

function runImport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DATABASE_URL: inject("databaseUrl"), TZ: "Pacific/Chatham", LOG_LEVEL: "silent" };
    execFile(
      join(root, "node_modules/.bin/tsx"),
      ["api/cli.ts", "import", ...args],
      { cwd: root, env },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

function csvFile(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

describe("shiftcast import", () => {
  const dataSource = useTestDataSource();
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("imports a ticket export into the named queue and prints the report as JSON", async () => {
    const app = buildTestApp(dataSource());
    const created = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const file = csvFile(
      "tickets.csv",
      "id,opened,handle_time_seconds\n1,2026-01-05 09:05,200\n2,2026-01-05 09:20,400\n3,2026-01-05 10:40,300\n",
    );
    const { code, stdout, stderr } = await runImport([
      "--queue",
      created.name,
      "--file",
      file,
      "--timestamp-column",
      "opened",
    ]);
    expect(code, stderr).toBe(0);
    const report = historyImportReport.parse(JSON.parse(stdout));
    expect(report).toMatchObject({ isWritten: true, shape: "tickets", importedRowCount: 3, intervalCount: 2 });
    const stored = getQueueHistory.response.parse(
      (
        await request(app)
          .get(`/api/queues/${created.id}/history`)
          .query({ granularity: "interval", from: "2026-01-05", to: "2026-01-06" })
      ).body,
    );
    expect(stored.points.map((point) => [point.periodStart, point.volume, point.ahtSeconds])).toEqual([
      ["2026-01-05T14:00:00.000Z", 2, 300],
      ["2026-01-05T15:30:00.000Z", 1, 300],
    ]);
  });

  it("exits with code 2, lists the errors and writes nothing for a bad file or an unknown queue", async () => {
    const app = buildTestApp(dataSource());
    const created = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const bad = csvFile("bad.csv", "timestamp,count\n2026-01-05T09:00,4\n2026-01-05T09:30,-1\n");
    const rejected = await runImport(["--queue", created.name, "--file", bad]);
    expect(rejected.code).toBe(2);
    expect(rejected.stdout).toBe("");
    expect(rejected.stderr).toContain("row 3, column count");
    const stored = getQueueHistory.response.parse(
      (await request(app).get(`/api/queues/${created.id}/history`).query({ from: "2026-01-05", to: "2026-01-06" }))
        .body,
    );
    expect(stored.points).toEqual([]);
    const unknown = await runImport(["--queue", "No such queue", "--file", bad]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("was not found");
  });

  it("reads Excel's day-first ; file only with --date-format, and prints the summary on stderr", async () => {
    const app = buildTestApp(dataSource());
    const created = queue.parse(
      (
        await request(app)
          .post("/api/queues")
          .send(voiceQueueInput({ timeZone: "Europe/Berlin", intervalMinutes: 60, businessHours: [] }))
      ).body,
    );
    const file = fileURLToPath(new URL("../fixtures/history/excel-day-first.csv", import.meta.url));
    const guessed = await runImport(["--queue", created.name, "--file", file]);
    expect(guessed.code).toBe(2);
    expect(guessed.stderr).toContain('row 2, column timestamp: "02/02/2026 09:00" is not an ISO 8601 date-time');
    const wrongFlag = await runImport(["--queue", created.name, "--file", file, "--date-format", "DD-MM-YYYY"]);
    expect(wrongFlag.code).toBe(2);
    expect(wrongFlag.stderr).toContain("--date-format must be one of");
    const { code, stdout, stderr } = await runImport([
      "--queue",
      created.name,
      "--file",
      file,
      "--delimiter",
      ";",
      "--date-format",
      "DD/MM/YYYY HH:MM",
    ]);
    expect(code, stderr).toBe(0);
    expect(historyImportReport.parse(JSON.parse(stdout))).toMatchObject({
      isWritten: true,
      delimiter: ";",
      rowCount: 160,
      intervalCount: 160,
      newIntervalCount: 160,
    });
    expect(stderr).toContain("read 160 row(s) (delimiter ;): 160 imported, 0 ignored, 0 duplicate(s) summed");
    expect(stderr).toContain(
      "wrote 160 interval(s) (160 new, 0 replaced; other stored intervals kept) from 2026-02-02T09:00:00+01:00 to 2026-02-27T16:00:00+01:00 (Europe/Berlin)",
    );
  });
});
