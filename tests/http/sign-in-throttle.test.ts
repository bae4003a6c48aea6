import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPersistence } from "../../api/persistence/repositories";
import { hashPassword } from "../../api/infrastructure/crypto/password-hash";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { testPassword } from "../support/people";

/** Each test signs in from its own address (the app trusts X-Forwarded-For from loopback), so the per-address rule of one test never locks another file's sign-ins. */
const newAddress = () => `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250)).join(".")}`;

describe("POST /api/auth/login under concurrent guessing", () => {
  const dataSource = useTestDataSource();
  let server: Server;

  beforeAll(async () => {
    server = buildTestApp(dataSource(), { isRealAuth: true }).listen(0);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  async function createUser(): Promise<string> {
    const persistence = createPersistence(dataSource());
    const organisation = (await persistence.repositories.organisations.findDefault())!;
    const email = `throttle-${randomUUID().slice(0, 8)}@example.test`;
    await persistence.repositories.users.create({
      organisationId: organisation.id,
      email,
      displayName: "Throttled",
      role: "planner",
      vendor: null,
      agentId: null,
      displayTimeZone: null,
      passwordHash: await hashPassword(testPassword),
    });
    return email;
  }

  const signIn = (email: string, password: string, address: string) =>
    request(server).post("/api/auth/login").set("X-Forwarded-For", address).send({ email, password });

  it("checks at most five of 60 simultaneous guesses for one email and refuses the right password once locked", async () => {
    const email = await createUser();
    const address = newAddress();
    const answers = await Promise.all(Array.from({ length: 60 }, () => signIn(email, "a wrong password!", address)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(55);
    expect((await signIn(email, testPassword, newAddress())).status).toBe(429);
  });

  it("checks at most five passwords when the right one races 59 wrong ones", async () => {
    const email = await createUser();
    const address = newAddress();
    const passwords = [...Array.from({ length: 59 }, () => "a wrong password!"), testPassword];
    const answers = await Promise.all(passwords.map((password) => signIn(email, password, address)));
    const checked = answers.filter((answer) => answer.status === 401 || answer.status === 200);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThanOrEqual(55);
    const isRightOneChecked = answers[59]!.status === 200;
    if (!isRightOneChecked) expect((await signIn(email, testPassword, newAddress())).status).toBe(429);
  });

  it("counts guesses per address too: 40 simultaneous guesses over many emails check at most 30", async () => {
    const emails = await Promise.all(Array.from({ length: 8 }, () => createUser()));
    const address = newAddress();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, index) => signIn(emails[index % emails.length]!, "a wrong password!", address)),
    );
    expect(answers.filter((answer) => answer.status === 401).length).toBeLessThanOrEqual(30);
    expect((await signIn(await createUser(), testPassword, address)).status).toBe(429);
  });

  it("forgets an email's failures after a successful sign-in and does not count successes against the address", async () => {
    const email = await createUser();
    const address = newAddress();
    for (let attempt = 0; attempt < 4; attempt += 1)
      expect((await signIn(email, "a wrong password!", address)).status).toBe(401);
    expect((await signIn(email, testPassword, address)).status).toBe(200);
    for (let attempt = 0; attempt < 4; attempt += 1)
      expect((await signIn(email, "a wrong password!", address)).status).toBe(401);
    expect((await signIn(email, testPassword, address)).status).toBe(200);
    for (let index = 0; index < 35; index += 1) expect((await signIn(email, testPassword, address)).status).toBe(200);
  });
});
