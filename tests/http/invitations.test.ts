import request from "supertest";
import { describe, expect, it } from "vitest";
import { agent as agentContract } from "../../api/http/contracts/agents";
import { createInvitation, getSession } from "../../api/http/contracts/auth";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { agentInput, voiceQueueInput } from "../support/factories";

describe("POST /api/invitations and /api/invitations/accept", () => {
  const dataSource = useTestDataSource();

  it("lets an invited agent set a password, sign in and see only their own record", async () => {
    const system = buildTestApp(dataSource());
    const app = buildTestApp(dataSource(), { isRealAuth: true });
    const queue = (await request(system).post("/api/queues").send(voiceQueueInput())).body as { id: string };
    const agent = agentContract.parse((await request(system).post("/api/agents").send(agentInput([queue.id]))).body);
    const invited = await request(system).post("/api/invitations").send({ email: agent.email, displayName: agent.name, role: "agent", agentId: agent.id });
    expect(invited.status).toBe(201);
    const { invitePath } = createInvitation.response.parse(invited.body);
    const token = invitePath.split("#")[1]!;
    const accepted = await request(app).post("/api/invitations/accept").send({ token, password: "a long enough password" });
    expect(accepted.status).toBe(200);
    const cookie = accepted.headers["set-cookie"]!;
    const session = getSession.response.parse((await request(app).get("/api/auth/session").set("Cookie", cookie)).body);
    expect(session.user).toMatchObject({ role: "agent", agentId: agent.id, effectiveTimeZone: agent.timeZone });
    expect((await request(app).get(`/api/agents/${agent.id}`).set("Cookie", cookie)).status).toBe(200);
    const again = await request(app).post("/api/invitations/accept").send({ token, password: "a long enough password" });
    expect(again.status).toBe(404);
  });

  it("requires an agent record to invite an agent and a partner to invite a vendor manager", async () => {
    const system = buildTestApp(dataSource());
    const noAgent = await request(system).post("/api/invitations").send({ email: "x@example.test", displayName: "X", role: "agent" });
    expect(noAgent.status).toBe(400);
    const noVendor = await request(system).post("/api/invitations").send({ email: "y@example.test", displayName: "Y", role: "vendor_manager" });
    expect(noVendor.status).toBe(400);
  });
});
