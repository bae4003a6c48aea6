import { randomUUID } from "node:crypto";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { createInvitation } from "../../api/contracts/auth";
import { errorResponse } from "../../api/contracts/errors";
import { demoPassword } from "../../api/services/demo-seed";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { createSignedInPerson, testPassword } from "../support/people";

/** Passwords the rule refuses: too short, only blanks, one character repeated, common ones (in any case, with spaces). */
const weak = [
  "short pass",
  "            ",
  " \t  \t      \t ",
  "aaaaaaaaaaaaaaaa",
  "password1234",
  "Password 1234",
  "QWERTYUIOP123",
  "123456789012",
];

describe("setting a password", () => {
  const dataSource = useTestDataSource();
  let system: ReturnType<typeof buildTestApp>;
  let app: ReturnType<typeof buildTestApp>;

  beforeAll(() => {
    system = buildTestApp(dataSource());
    app = buildTestApp(dataSource(), { isRealAuth: true });
  });

  async function invitationToken(): Promise<string> {
    const email = `password-${randomUUID().slice(0, 8)}@example.test`;
    const invited = await request(system)
      .post("/api/invitations")
      .send({ email, displayName: "New Planner", role: "planner" });
    expect(invited.status).toBe(201);
    return createInvitation.response.parse(invited.body).invitePath.split("#")[1]!;
  }

  it("refuses weak passwords when an invitation is accepted, naming the field, and leaves the invitation open", async () => {
    const token = await invitationToken();
    for (const password of weak) {
      const response = await request(app).post("/api/invitations/accept").send({ token, password });
      expect({ password, status: response.status }).toEqual({ password, status: 400 });
      expect(errorResponse.parse(response.body).error.details).toEqual([
        expect.objectContaining({ path: "body.password" }),
      ]);
    }
    expect(
      (await request(app).post("/api/invitations/accept").send({ token, password: "a long enough password" })).status,
    ).toBe(200);
  });

  it("accepts the demo password", async () => {
    const token = await invitationToken();
    expect((await request(app).post("/api/invitations/accept").send({ token, password: demoPassword })).status).toBe(
      200,
    );
  });

  it("changes a password only with the current one and a strong new one, and signs out the other sessions", async () => {
    const person = await createSignedInPerson(dataSource(), app, "planner");
    // From an address of its own: the refusals here must not spend the per-address budget other files sign in with.
    const address = `10.201.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const signIn = (password: string) =>
      request(app).post("/api/auth/login").set("X-Forwarded-For", address).send({ email: person.email, password });
    const current = await signIn(testPassword);
    const other = await signIn(testPassword);
    const change = (body: object) =>
      request(app)
        .post("/api/me/password")
        .set("X-Forwarded-For", address)
        .set("Cookie", current.headers["set-cookie"]!)
        .set("X-CSRF-Token", current.body.csrfToken)
        .send(body);
    for (const newPassword of weak) {
      const response = await change({ currentPassword: testPassword, newPassword });
      expect({ newPassword, status: response.status }).toEqual({ newPassword, status: 400 });
      expect(errorResponse.parse(response.body).error.details).toEqual([
        expect.objectContaining({ path: "body.newPassword" }),
      ]);
    }
    expect((await change({ currentPassword: "not the password", newPassword: "a brand new passphrase" })).status).toBe(
      403,
    );
    const changed = await change({ currentPassword: testPassword, newPassword: "a brand new passphrase" });
    expect(changed.status).toBe(200);
    // `other` and the session createSignedInPerson signed in with to make its token.
    expect(changed.body).toEqual({ isChanged: true, signedOutSessions: 2 });
    expect((await request(app).get("/api/auth/session").set("Cookie", other.headers["set-cookie"]!)).status).toBe(401);
    expect((await request(app).get("/api/auth/session").set("Cookie", current.headers["set-cookie"]!)).status).toBe(
      200,
    );
    expect((await request(app).get("/api/auth/session").set(person.headers)).status).toBe(200);
    expect((await signIn(testPassword)).status).toBe(401);
    expect((await signIn("a brand new passphrase")).status).toBe(200);
  });

  it("counts wrong current passwords against the sign-in lock", async () => {
    const person = await createSignedInPerson(dataSource(), app, "planner");
    const address = `10.202.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const change = (currentPassword: string) =>
      request(app)
        .post("/api/me/password")
        .set("X-Forwarded-For", address)
        .set(person.headers)
        .send({ currentPassword, newPassword: "a brand new passphrase" });
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await change("a wrong guess!")).status).toBe(403);
    const locked = await change(testPassword);
    expect(locked.status).toBe(429);
    expect(errorResponse.parse(locked.body).error.code).toBe("too_many_attempts");
  });
});
