import { randomUUID } from "node:crypto";
import { spawnSync } from "node:child_process";
import request from "supertest";
import { describe, expect, inject, it } from "vitest";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { createSignedInPerson, testPassword } from "../support/people";

const runCli = (input: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "api/cli.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: inject("databaseUrl"), LOG_LEVEL: "silent" },
  });

describe("cli set-password", () => {
  const dataSource = useTestDataSource();

  it("sets a strong password from stdin and signs out the user's sessions", async () => {
    const app = buildTestApp(dataSource(), { isRealAuth: true });
    const person = await createSignedInPerson(dataSource(), app, "director");
    const session = await request(app).post("/api/auth/login").send({ email: person.email, password: testPassword });
    const result = runCli("a new strong passphrase\n", "set-password", "--email", person.email);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ email: person.email, isChanged: true, signedOutSessions: 2 });
    expect((await request(app).get("/api/auth/session").set("Cookie", session.headers["set-cookie"]!)).status).toBe(
      401,
    );
    expect(
      (await request(app).post("/api/auth/login").send({ email: person.email, password: "a new strong passphrase" }))
        .status,
    ).toBe(200);
  });

  it("exits 2 with nothing on stdout for a weak password or an unknown email", () => {
    for (const input of ["            \n", "password1234\n"]) {
      const weak = runCli(input, "set-password", "--email", "anyone@example.test");
      expect({ input, status: weak.status, stdout: weak.stdout }).toEqual({ input, status: 2, stdout: "" });
    }
    const unknown = runCli(
      "a new strong passphrase\n",
      "set-password",
      "--email",
      `nobody-${randomUUID().slice(0, 6)}@example.test`,
    );
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("no user has the email");
  });
});
