import { randomUUID } from "node:crypto";
import request from "supertest";
import type { DataSource } from "typeorm";
import type { Role } from "../../api/domain/access/role";
import { createPersistence } from "../../api/persistence/repositories";
import { hashPassword } from "../../api/infrastructure/crypto/password-hash";
import type { buildTestApp } from "./app";

export const testPassword = "correct horse battery staple";

export interface SignedInPerson {
  email: string;
  /** Authorization header with a personal API token: no CSRF needed. */
  headers: { Authorization: string };
}

/** Creates a user in the run's organisation, signs in through the API and makes an API token for later calls. */
export async function createSignedInPerson(
  dataSource: DataSource,
  app: ReturnType<typeof buildTestApp>,
  role: Role,
  extra: { vendor?: string | null; agentId?: string | null } = {},
): Promise<SignedInPerson> {
  const persistence = createPersistence(dataSource);
  const organisation = (await persistence.repositories.organisations.findDefault())!;
  const email = `${role.replace("_", "-")}-${randomUUID().slice(0, 8)}@example.test`;
  await persistence.repositories.users.create({
    organisationId: organisation.id,
    email,
    displayName: `${role} ${email.slice(0, 8)}`,
    role,
    vendor: extra.vendor ?? null,
    agentId: extra.agentId ?? null,
    displayTimeZone: null,
    passwordHash: await hashPassword(testPassword),
  });
  const session = await request(app).post("/api/auth/login").send({ email, password: testPassword });
  if (session.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(session.body)}`);
  const token = await request(app)
    .post("/api/me/tokens")
    .set("Cookie", session.headers["set-cookie"]!)
    .set("X-CSRF-Token", session.body.csrfToken)
    .send({ name: "tests" });
  return { email, headers: { Authorization: `Bearer ${token.body.token as string}` } };
}
