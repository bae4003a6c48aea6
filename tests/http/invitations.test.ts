import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { agent as agentContract } from "../../api/contracts/agents";
import { createInvitation, getSession } from "../../api/contracts/auth";
import { emlDirectoryMailer } from "../../api/infrastructure/mail/eml-directory-mailer";
import { buildTestApp, captureLogs } from "../support/app";
import { useTestDataSource } from "../support/database";
import { agentInput, voiceQueueInput } from "../support/factories";

describe("POST /api/invitations and /api/invitations/accept", () => {
  const dataSource = useTestDataSource();

  it("lets an invited agent set a password, sign in and see only their own record", async () => {
    const system = buildTestApp(dataSource());
    const app = buildTestApp(dataSource(), { isRealAuth: true });
    const queue = (await request(system).post("/api/queues").send(voiceQueueInput())).body as { id: string };
    const agent = agentContract.parse(
      (
        await request(system)
          .post("/api/agents")
          .send(agentInput([queue.id]))
      ).body,
    );
    const invited = await request(system)
      .post("/api/invitations")
      .send({ email: agent.email, displayName: agent.name, role: "agent", agentId: agent.id });
    expect(invited.status).toBe(201);
    const { invitePath } = createInvitation.response.parse(invited.body);
    const token = invitePath.split("#")[1]!;
    const accepted = await request(app)
      .post("/api/invitations/accept")
      .send({ token, password: "a long enough password" });
    expect(accepted.status).toBe(200);
    const cookie = accepted.headers["set-cookie"]!;
    const session = getSession.response.parse((await request(app).get("/api/auth/session").set("Cookie", cookie)).body);
    expect(session.user).toMatchObject({ role: "agent", agentId: agent.id, effectiveTimeZone: agent.timeZone });
    expect((await request(app).get(`/api/agents/${agent.id}`).set("Cookie", cookie)).status).toBe(200);
    const again = await request(app)
      .post("/api/invitations/accept")
      .send({ token, password: "a long enough password" });
    expect(again.status).toBe(404);
  });

  it("writes the invitation as an .eml file with the person's address, the subject and the link, and logs no secret", async () => {
    const mailDirectory = await mkdtemp(join(tmpdir(), "shiftcast-mail-"));
    try {
      const logs = captureLogs();
      const app = buildTestApp(dataSource(), {
        logger: logs.logger,
        mailer: emlDirectoryMailer(mailDirectory, "Shiftcast <shiftcast@example.test>", logs.logger),
      });
      const invited = await request(app)
        .post("/api/invitations")
        .set("Host", "wfm.example.test")
        .send({ email: "new.planner@example.test", displayName: "Nia Planner", role: "planner" });
      expect(invited.status).toBe(201);
      const token = createInvitation.response.parse(invited.body).invitePath.split("#")[1]!;

      const files = await readdir(mailDirectory);
      expect(files).toEqual([expect.stringMatching(/^[0-9a-f-]{36}\.eml$/)]);
      const message = await readFile(join(mailDirectory, files[0]!), "utf8");
      const headEnd = message.indexOf("\r\n\r\n");
      const [head, body] = [message.slice(0, headEnd), message.slice(headEnd + 4)];
      expect(head).toMatch(/^To: new\.planner@example\.test$/m);
      expect(head).toMatch(/^From: Shiftcast <shiftcast@example\.test>$/m);
      expect(head).toMatch(/^Subject: Your invitation to Shiftcast$/m);
      expect(head).toMatch(/^Date: /m);
      expect(head).toMatch(/^Message-ID: </m);
      expect(decodeQuotedPrintable(body)).toContain(`http://wfm.example.test/accept-invitation#${token}`);
      expect(logs.lines().join("")).toContain("mail written to the mail directory");
      expect(logs.lines().join("")).not.toContain(token);
    } finally {
      await rm(mailDirectory, { recursive: true, force: true });
    }
  });

  it("without a mail directory, logs that the invitation was not mailed, without its link", async () => {
    const logs = captureLogs();
    const app = buildTestApp(dataSource(), { logger: logs.logger });
    const invited = await request(app)
      .post("/api/invitations")
      .send({ email: "new.director@example.test", displayName: "Dee Director", role: "director" });
    expect(invited.status).toBe(201);
    const token = createInvitation.response.parse(invited.body).invitePath.split("#")[1]!;
    const notSent = logs.lines().find((line) => line.includes("no mail transport configured"));
    expect(notSent).toContain("new.director@example.test");
    expect(logs.lines().join("")).not.toContain(token);
    expect(logs.lines().join("")).not.toContain("accept-invitation");
  });

  it("requires an agent record to invite an agent and a partner to invite a vendor manager", async () => {
    const system = buildTestApp(dataSource());
    const noAgent = await request(system)
      .post("/api/invitations")
      .send({ email: "x@example.test", displayName: "X", role: "agent" });
    expect(noAgent.status).toBe(400);
    const noVendor = await request(system)
      .post("/api/invitations")
      .send({ email: "y@example.test", displayName: "Y", role: "vendor_manager" });
    expect(noVendor.status).toBe(400);
  });
});

/** Undoes quoted-printable (RFC 2045 §6.7): soft line breaks and =XX octets; enough for the ASCII text we send. */
function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
