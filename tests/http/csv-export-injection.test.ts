import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { agent as agentContract, agentImportReport } from "../../api/contracts/agents";
import { createSchedule } from "../../api/contracts/schedules";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { agentInput, unique, voiceQueueInput } from "../support/factories";
import { neutraliseCsvText, restoreCsvText, writeCsv } from "../../api/codecs/csv-output";

/** Text a spreadsheet would run as a formula (OWASP "CSV Injection"): one per dangerous first character. */
const hostile = {
  name: `=HYPERLINK("http://evil.example","x") ${randomUUID().slice(0, 6)}`,
  team: "+SUM(1,1)",
  vendor: "-2+3",
  cohort: "@SUM(1)",
  tag: "-1+1",
};

const parseCsv = (text: string) =>
  parse(text, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;

describe("CSV exports and formula injection", () => {
  const dataSource = useTestDataSource();
  let app: ReturnType<typeof buildTestApp>;
  let queueId: string;
  let agentId: string;
  let email: string;

  beforeAll(async () => {
    app = buildTestApp(dataSource());
    queueId = (
      await request(app)
        .post("/api/queues")
        .send(voiceQueueInput({ name: unique("Queue") }))
    ).body.id;
    const created = await request(app)
      .post("/api/agents")
      .send(
        agentInput([queueId], {
          name: hostile.name,
          team: hostile.team,
          vendor: hostile.vendor,
          attritionCohort: hostile.cohort,
          tags: [hostile.tag],
        }),
      );
    expect(created.status).toBe(201);
    ({ id: agentId, email } = agentContract.parse(created.body));
  });

  it("neutralises each dangerous first character, tab and carriage return included, and undoes exactly that on import", () => {
    for (const text of ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"]) {
      expect(neutraliseCsvText(text)).toBe(`'${text}`);
      expect(restoreCsvText(neutraliseCsvText(text))).toBe(text);
    }
    for (const text of ["Ana", "'quoted", "1-2", ""]) expect(neutraliseCsvText(text)).toBe(text);
    expect(restoreCsvText("'plain")).toBe("'plain");
    expect(writeCsv(["n", "t"], [[-5, "-5"]])).toBe("n,t\n-5,'-5\n");
  });

  it("neutralises text cells starting with = + - @ tab or CR in the agents export and leaves numbers as numbers", async () => {
    const exported = await request(app).get("/api/agents/export");
    expect(exported.status).toBe(200);
    const row = parseCsv(exported.text).find((item) => item.email === email)!;
    expect(row).toMatchObject({
      name: `'${hostile.name}`,
      team: `'${hostile.team}`,
      vendor: `'${hostile.vendor}`,
      attrition_cohort: `'${hostile.cohort}`,
      tags: `'${hostile.tag}`,
    });
    expect(row).toMatchObject({ min_minutes_per_week: "1200", max_minutes_per_week: "2400", max_shifts_per_week: "5" });
    for (const record of parseCsv(exported.text))
      for (const cell of Object.values(record)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("imports its own export back to the same agent (the added quote is taken off again)", async () => {
    const exported = (await request(app).get("/api/agents/export")).text;
    const header = exported.split("\n")[0]!;
    const line = exported.split("\n").find((text) => text.includes(email))!;
    const report = agentImportReport.parse(
      (await request(app).post("/api/agents/import").set("Content-Type", "text/csv").send(`${header}\n${line}\n`)).body,
    );
    expect(report).toMatchObject({ isWritten: true, created: 0, updated: 1 });
    const after = agentContract.parse((await request(app).get(`/api/agents/${agentId}`)).body);
    expect(after).toMatchObject({
      name: hostile.name,
      team: hostile.team,
      vendor: hostile.vendor,
      attritionCohort: hostile.cohort,
      tags: [hostile.tag],
    });
    expect(after.contract.minMinutesPerWeek).toBe(1200);
  });

  it("neutralises the schedule export too", async () => {
    const schedule = createSchedule.response.parse(
      (
        await request(app)
          .post("/api/schedules")
          .send({ periodStart: "2026-05-04T00:00:00Z", periodEnd: "2026-05-11T00:00:00Z", queueIds: [queueId] })
      ).body,
    );
    const monday = { agentId, queueIds: [queueId], startUtc: "2026-05-04T01:00:00Z", endUtc: "2026-05-04T09:00:00Z" };
    expect((await request(app).post(`/api/schedules/${schedule.id}/versions/1/shifts`).send(monday)).status).toBe(201);
    const exported = await request(app).get(`/api/schedules/${schedule.id}/versions/1/export`);
    expect(exported.status).toBe(200);
    const [row] = parseCsv(exported.text);
    expect(row).toMatchObject({ agent_name: `'${hostile.name}`, vendor: `'${hostile.vendor}`, length_minutes: "480" });
  });
});
