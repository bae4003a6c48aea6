import request from "supertest";
import { describe, expect, it } from "vitest";
import { agent, agentImportReport, listAgents } from "../../api/contracts/agents";
import { queue } from "../../api/contracts/queues";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { agentInput, unique, voiceQueueInput } from "../support/factories";

const header =
  "name,email,team,time_zone,vendor,attrition_cohort,tags,hire_date,end_date,skills,min_minutes_per_week,max_minutes_per_week,max_shifts_per_week,shift_lengths_minutes,availability";

describe("/api/agents", () => {
  const dataSource = useTestDataSource();

  async function createQueue(app: ReturnType<typeof buildTestApp>) {
    return queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
  }

  it("creates an agent with skills and lists only current agents unless asked", async () => {
    const app = buildTestApp(dataSource());
    const voice = await createQueue(app);
    const current = agent.parse(
      (
        await request(app)
          .post("/api/agents")
          .send(agentInput([voice.id]))
      ).body,
    );
    const former = agent.parse(
      (
        await request(app)
          .post("/api/agents")
          .send(agentInput([voice.id], { endDate: "2026-01-31" }))
      ).body,
    );
    expect(current.skillQueueIds).toEqual([voice.id]);
    const listed = listAgents.response.parse((await request(app).get("/api/agents?asOf=2026-03-01")).body);
    expect(listed.agents.map((item) => item.id)).toContain(current.id);
    expect(listed.agents.map((item) => item.id)).not.toContain(former.id);
    const everyone = listAgents.response.parse((await request(app).get("/api/agents?includeFormer=true")).body);
    expect(everyone.agents.map((item) => item.id)).toEqual(expect.arrayContaining([current.id, former.id]));
  });

  it("rejects a skill on a queue of no organisation", async () => {
    const app = buildTestApp(dataSource());
    const response = await request(app)
      .post("/api/agents")
      .send(agentInput(["00000000-0000-4000-8000-000000000000"]));
    expect(response.status).toBe(400);
  });

  it("rejects a CSV with one bad row whole, naming row and column, and writes nothing", async () => {
    const app = buildTestApp(dataSource());
    const voice = await createQueue(app);
    const good = `Ana Reyes,${unique("ana").replace(" ", "")}@example.test,Team A,Asia/Manila,,in-house,,2025-02-03,,${voice.name},1200,2400,5,480,Mon 09:00-17:00`;
    const bad = `Ben Smith,ben-${Date.now()}@example.test,Team A,Mars/Olympus,,in-house,,2025-02-03,,${voice.name},1200,2400,5,480,Someday`;
    const before = listAgents.response.parse((await request(app).get("/api/agents?includeFormer=true")).body).agents
      .length;
    const response = await request(app)
      .post("/api/agents/import")
      .set("Content-Type", "text/csv")
      .send([header, good, bad].join("\n"));
    expect(response.status).toBe(422);
    const report = agentImportReport.parse(response.body);
    expect(report).toMatchObject({ isWritten: false, created: 0, updated: 0 });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: "time_zone" }),
        expect.objectContaining({ row: 3, column: "availability" }),
      ]),
    );
    const after = listAgents.response.parse((await request(app).get("/api/agents?includeFormer=true")).body).agents
      .length;
    expect(after).toBe(before);
  });

  it("imports the valid rows with skipInvalid, updates by email, and exports what it imported", async () => {
    const app = buildTestApp(dataSource());
    const voice = await createQueue(app);
    const email = `${unique("cara").replace(" ", "")}@example.test`;
    const row = (team: string) =>
      `Cara Cruz,${email},${team},Europe/London,Horizon BPO,Horizon BPO,night;senior,2024-05-01,,${voice.name},600,1200,4,240;360,Mon 22:00-06:00;Sat 09:00-13:00`;
    const bad = `Dan,not-an-email,Team A,Europe/London,,in-house,,2025-02-03,,${voice.name},1,2,3,480,Mon 09:00-17:00`;
    const first = agentImportReport.parse(
      (
        await request(app)
          .post("/api/agents/import?skipInvalid=true")
          .set("Content-Type", "text/csv")
          .send([header, row("Night"), bad].join("\n"))
      ).body,
    );
    expect(first).toMatchObject({ isWritten: true, created: 1, updated: 0, skippedRows: [3] });
    const second = agentImportReport.parse(
      (
        await request(app)
          .post("/api/agents/import")
          .set("Content-Type", "text/csv")
          .send([header, row("Day")].join("\n"))
      ).body,
    );
    expect(second).toMatchObject({ isWritten: true, created: 0, updated: 1 });
    const exported = await request(app).get("/api/agents/export");
    expect(exported.headers["content-type"]).toContain("text/csv");
    const line = exported.text.split("\n").find((text) => text.includes(email));
    expect(line).toBe(
      `Cara Cruz,${email},Day,Europe/London,Horizon BPO,Horizon BPO,night;senior,2024-05-01,,${voice.name},600,1200,4,240;360,Mon 22:00-06:00;Sat 09:00-13:00`,
    );
  });
});
