import request from "supertest";
import { describe, expect, it } from "vitest";
import { agentImportReport, listAgents } from "../../api/contracts/agents";
import { queue } from "../../api/contracts/queues";
import { AGENT_OFF_THREAD_THRESHOLD_BYTES } from "../../api/infrastructure/workers/agent-csv-thread";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { unique, voiceQueueInput } from "../support/factories";

const columns = [
  "name",
  "email",
  "team",
  "time_zone",
  "vendor",
  "attrition_cohort",
  "tags",
  "hire_date",
  "end_date",
  "skills",
  "min_minutes_per_week",
  "max_minutes_per_week",
  "max_shifts_per_week",
  "shift_lengths_minutes",
  "availability",
];

describe("POST /api/agents/import dialects", () => {
  const dataSource = useTestDataSource();

  it("reads European Excel's file: a BOM, ; between fields (lists quoted), CRLF and a trailing empty line", async () => {
    const app = buildTestApp(dataSource());
    const voice = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const email = `${unique("eva").replace(" ", "")}@example.test`;
    const row = [
      "Eva Müller",
      email,
      "Berlin",
      "Europe/Berlin",
      "",
      "in-house",
      '"de;senior"',
      "2025-02-03",
      "",
      voice.name,
      "1200",
      "2400",
      "5",
      '"240;480"',
      '"Mon 09:00-17:00;Tue 09:00-17:00"',
    ];
    const csv = `\uFEFF${columns.join(";")}\r\n${row.join(";")}\r\n\r\n`;
    const response = await request(app).post("/api/agents/import").set("Content-Type", "text/csv").send(csv);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(agentImportReport.parse(response.body)).toMatchObject({ isWritten: true, created: 1, errorCount: 0 });
    const stored = listAgents.response
      .parse((await request(app).get("/api/agents?includeFormer=true")).body)
      .agents.find((agent) => agent.email === email);
    expect(stored).toMatchObject({
      name: "Eva Müller",
      tags: ["de", "senior"],
      contract: { shiftLengthsMinutes: [240, 480] },
    });
    expect(stored?.availability).toHaveLength(2);
  });

  it("checks a large file in the worker thread as it checks a small one, and answers 422 when it is refused", async () => {
    const app = buildTestApp(dataSource());
    const voice = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const prefix = unique("bulk").replace(" ", "-");
    const rows = Array.from(
      { length: 2500 },
      (_, index) =>
        `Agent ${index},${prefix}-${index}@example.test,Team A,Asia/Manila,,in-house,,2025-02-03,,${voice.name},1200,2400,5,480,Mon 09:00-17:00`,
    );
    const csv = `${columns.join(",")}\n${rows.join("\n")}\nBad,not-an-email,Team A,Asia/Manila,,in-house,,2025-02-03,,${voice.name},1200,2400,5,480,Mon 09:00-17:00\n`;
    expect(Buffer.byteLength(csv)).toBeGreaterThan(AGENT_OFF_THREAD_THRESHOLD_BYTES);
    const refused = await request(app).post("/api/agents/import").set("Content-Type", "text/csv").send(csv);
    expect(refused.status).toBe(422);
    expect(agentImportReport.parse(refused.body)).toMatchObject({
      isWritten: false,
      created: 0,
      errorCount: 1,
      errors: [expect.objectContaining({ row: 2502, column: "email" })],
    });
    const written = await request(app)
      .post("/api/agents/import?skipInvalid=true")
      .set("Content-Type", "text/csv")
      .send(csv);
    expect(written.status).toBe(200);
    expect(agentImportReport.parse(written.body)).toMatchObject({
      isWritten: true,
      created: 2500,
      updated: 0,
      skippedRows: [2502],
    });
  });

  it("answers 400 for a file without the agent columns, from the worker thread too", async () => {
    const app = buildTestApp(dataSource());
    const big = `name,email\n${"x,y@example.test\n".repeat(20_000)}`;
    for (const csv of ["name,email\nx,y@example.test\n", big]) {
      const response = await request(app).post("/api/agents/import").set("Content-Type", "text/csv").send(csv);
      expect(response.status).toBe(400);
      expect(response.body.error.details[0].message).toContain("missing column(s): team");
    }
  });
});
