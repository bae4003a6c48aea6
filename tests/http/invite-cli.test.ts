import { spawnSync } from "node:child_process";
import request from "supertest";
import { describe, expect, inject, it } from "vitest";
import { agent as agentContract } from "../../api/contracts/agents";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { agentInput, voiceQueueInput } from "../support/factories";

const runCli = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "api/cli.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: inject("databaseUrl"), LOG_LEVEL: "silent" },
  });

describe("cli invite", () => {
  const dataSource = useTestDataSource();

  it("prints a link that lets the agent create their account", async () => {
    const system = buildTestApp(dataSource());
    const queue = (await request(system).post("/api/queues").send(voiceQueueInput())).body as { id: string };
    const agent = agentContract.parse(
      (
        await request(system)
          .post("/api/agents")
          .send(agentInput([queue.id]))
      ).body,
    );
    const result = runCli(
      "invite",
      "--email",
      agent.email,
      "--name",
      agent.name,
      "--role",
      "agent",
      "--base-url",
      "https://wfm.example",
    );
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout) as { url: string; role: string };
    expect(printed.role).toBe("agent");
    expect(printed.url).toMatch(/^https:\/\/wfm\.example\/accept-invitation#inv_/);
    const accepted = await request(buildTestApp(dataSource(), { isRealAuth: true }))
      .post("/api/invitations/accept")
      .send({ token: printed.url.split("#")[1], password: "twelve characters!" });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.agentId).toBe(agent.id);
  });

  it("exits 2 with nothing on stdout for an unknown agent email", () => {
    const result = runCli("invite", "--email", "nobody-here@example.test", "--name", "Nobody", "--role", "agent");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("no current agent");
  });
});
