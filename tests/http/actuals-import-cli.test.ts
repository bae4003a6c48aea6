import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import request from "supertest";
import { afterAll, describe, expect, inject, it } from "vitest";
import { actualsImportReport, getQueueActuals } from "../../api/contracts/actuals";
import { queue } from "../../api/contracts/queues";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { voiceQueueInput } from "../support/factories";

const root = fileURLToPath(new URL("../..", import.meta.url));
const directory = mkdtempSync(join(tmpdir(), "shiftcast-import-actuals-cli-"));

function runImportActuals(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DATABASE_URL: inject("databaseUrl"), TZ: "Pacific/Chatham", LOG_LEVEL: "silent" };
    execFile(
      join(root, "node_modules/.bin/tsx"),
      ["api/cli.ts", "import-actuals", ...args],
      { cwd: root, env },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

describe("shiftcast import-actuals", () => {
  const dataSource = useTestDataSource();
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("imports a per-contact export into the named queue, and refuses a bad file with exit code 2 writing nothing", async () => {
    const app = buildTestApp(dataSource());
    const created = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const good = join(directory, "contacts.csv");
    writeFileSync(
      good,
      "created_at,answered_at,ended_at\n2026-03-02 09:00:00,2026-03-02 09:00:10,2026-03-02 09:05:10\n",
    );
    const written = await runImportActuals(["--queue", created.name, "--file", good]);
    expect(written.code, written.stderr).toBe(0);
    expect(actualsImportReport.parse(JSON.parse(written.stdout))).toMatchObject({
      isWritten: true,
      shape: "contacts",
      intervalCount: 1,
      import: { importedBy: null },
    });

    const bad = join(directory, "bad.csv");
    writeFileSync(bad, "created_at,answered_at,ended_at\n2026-03-02 09:30:00,2026-03-02 09:29:00,\n");
    const refused = await runImportActuals(["--queue", created.name, "--file", bad]);
    expect([refused.code, refused.stdout]).toEqual([2, ""]);
    expect(refused.stderr).toContain("row 2, column answered_at: is before the contact was created");
    const stored = getQueueActuals.response.parse(
      (await request(app).get(`/api/queues/${created.id}/actuals`).query({ from: "2026-03-02", to: "2026-03-03" }))
        .body,
    );
    expect(stored.intervals).toHaveLength(1);
  }, 60_000);
});
