import request from "supertest";
import { describe, expect, it } from "vitest";
import { agent, agentImportReport, listAgents } from "../../api/contracts/agents";
import { queue } from "../../api/contracts/queues";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { agentInput, unique, voiceQueueInput } from "../support/factories";

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
type App = ReturnType<typeof buildTestApp>;

const emailOf = (prefix: string) => `${unique(prefix).replace(" ", "-")}@example.test`;
const rowOf = (name: string, email: string, skills: string) => [
  name,
  email,
  "Team A",
  "Asia/Manila",
  "",
  "in-house",
  "",
  "2025-02-03",
  "",
  skills,
  "1200",
  "2400",
  "5",
  "480",
  "Mon 09:00-17:00",
];
const csvOf = (rows: string[][], delimiter = ",") =>
  `${[columns, ...rows].map((row) => row.join(delimiter)).join("\n")}\n`;

async function importAgents(app: App, csv: string, query = "") {
  const response = await request(app).post(`/api/agents/import${query}`).set("Content-Type", "text/csv").send(csv);
  return { status: response.status, body: response.body as unknown };
}

async function storedAgent(app: App, email: string) {
  return listAgents.response
    .parse((await request(app).get("/api/agents?includeFormer=true")).body)
    .agents.find((item) => item.email === email);
}

describe("POST /api/agents/import summary", () => {
  const dataSource = useTestDataSource();

  it("says how many rows it read, with which delimiter, how many agents it created and updated, and how many rows it ignored", async () => {
    const app = buildTestApp(dataSource());
    const voice = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const existing = agent.parse(
      (
        await request(app)
          .post("/api/agents")
          .send(agentInput([voice.id]))
      ).body,
    );
    const newcomer = emailOf("new");
    const bad = [...rowOf("Bad Zone", emailOf("bad"), voice.name)];
    bad[3] = "Mars/Olympus";
    const csv = csvOf([rowOf("Renamed", existing.email, voice.name), rowOf("Newcomer", newcomer, voice.name), bad]);

    const { status, body } = await importAgents(app, csv, "?skipInvalid=true");

    expect(status).toBe(200);
    expect(agentImportReport.parse(body)).toMatchObject({
      isWritten: true,
      rowCount: 3,
      delimiter: ",",
      created: 1,
      updated: 1,
      ignoredRowCount: 1,
      skippedRows: [4],
      errorCount: 1,
      warningCount: 0,
      warningCounts: { unknownSkillRowCount: 0, duplicateEmailRowCount: 0 },
      warnings: [],
    });
    expect((await storedAgent(app, existing.email))?.name).toBe("Renamed");
    expect(await storedAgent(app, newcomer)).toBeDefined();
  });

  it("imports an agent whose skill names an unknown queue without that skill, and warns of it", async () => {
    const app = buildTestApp(dataSource());
    const voice = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const email = emailOf("skills");
    const missing = unique("No such queue");

    const { status, body } = await importAgents(app, csvOf([rowOf("Ana Reyes", email, `"${voice.name};${missing}"`)]));

    expect(status).toBe(200);
    const report = agentImportReport.parse(body);
    expect(report).toMatchObject({
      isWritten: true,
      created: 1,
      errorCount: 0,
      warningCount: 1,
      warningCounts: { unknownSkillRowCount: 1, duplicateEmailRowCount: 0 },
    });
    expect(report.warnings).toEqual([
      {
        row: 2,
        column: "skills",
        path: "skills",
        message: `unknown queue(s) ${missing}: skill dropped, the agent is imported without it`,
      },
    ]);
    expect((await storedAgent(app, email))?.skillQueueIds).toEqual([voice.id]);
  });

  it("imports the later of two rows with one email and warns of the repeat", async () => {
    const app = buildTestApp(dataSource());
    const voice = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const email = emailOf("twice");

    const { status, body } = await importAgents(
      app,
      csvOf([rowOf("First Spelling", email, voice.name), rowOf("Second Spelling", email.toUpperCase(), voice.name)]),
    );

    expect(status).toBe(200);
    const report = agentImportReport.parse(body);
    expect(report).toMatchObject({
      isWritten: true,
      rowCount: 2,
      created: 1,
      updated: 0,
      warningCount: 1,
      warningCounts: { unknownSkillRowCount: 0, duplicateEmailRowCount: 1 },
    });
    expect(report.warnings[0]).toMatchObject({
      row: 3,
      column: "email",
      message: "repeats the email of row 2: this later row is imported, row 2 is not",
    });
    const stored = listAgents.response
      .parse((await request(app).get("/api/agents?includeFormer=true")).body)
      .agents.filter((item) => item.email.toLowerCase() === email);
    expect(stored.map((item) => item.name)).toEqual(["Second Spelling"]);
  });

  it("reads the file with a forced delimiter, and a rejected file's report says what was read", async () => {
    const app = buildTestApp(dataSource());
    const voice = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const email = emailOf("tab");
    const tabbed = csvOf([rowOf("Tab Person", email, voice.name)], "\t");

    const forcedWrong = await importAgents(app, tabbed, "?delimiter=semicolon");
    expect(forcedWrong.status).toBe(400);
    expect(JSON.stringify(forcedWrong.body)).toContain("missing column(s)");

    const forced = await importAgents(app, tabbed, "?delimiter=tab");
    expect(forced.status).toBe(200);
    expect(agentImportReport.parse(forced.body)).toMatchObject({
      isWritten: true,
      delimiter: "\t",
      rowCount: 1,
      created: 1,
    });

    const refused = await importAgents(
      app,
      csvOf([rowOf("No Mail", "not-an-email", voice.name), rowOf("Fine", emailOf("fine"), voice.name)], ";"),
      "?delimiter=;",
    );
    expect(refused.status).toBe(422);
    expect(agentImportReport.parse(refused.body)).toMatchObject({
      isWritten: false,
      delimiter: ";",
      rowCount: 2,
      created: 0,
      updated: 0,
      ignoredRowCount: 0,
      skippedRows: [],
      errorCount: 1,
    });
  });
});
