import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { agent as agentContract, agentImportReport } from "../../api/contracts/agents";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { agentInput, unique, voiceQueueInput } from "../support/factories";
import { createSignedInPerson, type SignedInPerson } from "../support/people";

const header =
  "name,email,team,time_zone,vendor,attrition_cohort,tags,hire_date,end_date,skills,min_minutes_per_week,max_minutes_per_week,max_shifts_per_week,shift_lengths_minutes,availability";

describe("POST /api/agents/import by a vendor manager", () => {
  const dataSource = useTestDataSource();
  let system: ReturnType<typeof buildTestApp>;
  let app: ReturnType<typeof buildTestApp>;
  let vendorX: SignedInPerson;
  let queueName: string;
  const emails: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    system = buildTestApp(dataSource());
    app = buildTestApp(dataSource(), { isRealAuth: true });
    queueName = unique("Voice");
    const queue = (
      await request(system)
        .post("/api/queues")
        .send(voiceQueueInput({ name: queueName }))
    ).body as { id: string };
    const create = async (key: string, vendor: string | null, endDate: string | null = null) => {
      const created = agentContract.parse(
        (
          await request(system)
            .post("/api/agents")
            .send(agentInput([queue.id], { vendor, endDate }))
        ).body,
      );
      emails[key] = created.email;
      ids[key] = created.id;
    };
    await create("own", "Partner X");
    await create("inHouse", null);
    await create("formerInHouse", null, "2025-06-30");
    await create("otherPartner", "Partner Y");
    vendorX = await createSignedInPerson(dataSource(), app, "vendor_manager", { vendor: "Partner X" });
  });

  const row = (email: string, name: string) =>
    `${name},${email},Team A,Asia/Manila,Partner X,in-house,,2025-01-06,,${queueName},1200,2400,5,480,Mon 09:00-17:00`;
  const importRows = (rows: string[], query = "") =>
    request(app)
      .post(`/api/agents/import${query}`)
      .set(vendorX.headers)
      .set("Content-Type", "text/csv")
      .send([header, ...rows].join("\n"));

  it("answers an in-house agent's email exactly as another partner's or a former agent's: a row problem, never 404", async () => {
    const answers = await Promise.all(
      ["inHouse", "formerInHouse", "otherPartner"].map((key) => importRows([row(emails[key]!, "Taken Over")])),
    );
    const [inHouse, ...others] = answers;
    expect(inHouse!.status).not.toBe(404);
    for (const other of others) {
      expect(other.status).toBe(inHouse!.status);
      expect(other.body).toEqual(inHouse!.body);
    }
    const report = agentImportReport.parse(inHouse!.body);
    expect(report).toMatchObject({ isWritten: false, created: 0, updated: 0, errorCount: 1 });
    expect(report.errors).toEqual([expect.objectContaining({ row: 2, column: "email" })]);
    expect(report.errors[0]!.message).not.toMatch(/in-house|Partner Y|former/i);
  });

  it("skips such a row with skipInvalid, writes the partner's own rows and leaves the other agent untouched", async () => {
    const response = await importRows(
      [row(emails.inHouse!, "Taken Over"), row(emails.own!, "Renamed Own")],
      "?skipInvalid=true",
    );
    const report = agentImportReport.parse(response.body);
    expect(report).toMatchObject({ isWritten: true, created: 0, updated: 1, skippedRows: [2] });
    expect(agentContract.parse((await request(system).get(`/api/agents/${ids.inHouse}`)).body).name).not.toBe(
      "Taken Over",
    );
    expect(agentContract.parse((await request(system).get(`/api/agents/${ids.own}`)).body).name).toBe("Renamed Own");
  });
});
