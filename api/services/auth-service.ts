import { MS_PER_DAY } from "../domain/time/durations";
import type { User } from "../domain/access/user";
import { passwordProblem } from "../contracts/password-policy";
import { AppError } from "../errors/app-error";
import { conflict, forbidden, notFound, validationFailed } from "../errors/app-errors";
import type { Persistence } from "../persistence/repositories";
import { hasRole, type Actor, type Role } from "./actor";
import { decoyHash, hashPassword, verifyPassword } from "../infrastructure/crypto/password-hash";
import { hasAgentLeft } from "./auth/agent-tenure";
import { invitationMail } from "./auth/invitation-mail";
import { hashSecret, newSecret } from "../infrastructure/crypto/secret-token";
import { createSignInThrottle } from "./auth/sign-in-throttle";
import type { Mailer } from "../infrastructure/mail/mailer";
import { announceCacheNotice, onCacheNotice } from "../infrastructure/cache/cache-notices";
import type { PublishedViews } from "../infrastructure/cache/published-views";
import { createTtlCache } from "../infrastructure/cache/ttl-cache";

const sessionDays = 14;
const invitationDays = 7;

export interface Authenticated {
  actor: Actor;
  user: User;
  /** Set for cookie sessions: writes must carry it as X-CSRF-Token. */
  csrfToken: string | null;
}

/** The password rule of the contracts, for callers that do not come through HTTP (the CLI). */
function assertAcceptablePassword(password: string, path: string): void {
  const problem = passwordProblem(password);
  if (problem) throw validationFailed([{ path, message: problem }]);
}

const invalidCredentials = () => new AppError("invalid_credentials", "The email or password is not right");
/** The current password given to change it is wrong: a reauthentication refused, the person is still signed in. */
const currentPasswordWrong = () =>
  new AppError("invalid_credentials", "The current password is not right", [], { isReauthentication: true });

export const actorOf = (user: User): Actor => ({
  kind: "user",
  organisationId: user.organisationId,
  userId: user.id,
  role: user.role,
  vendor: user.vendor,
  agentId: user.agentId,
});

/** Sign-in, sessions, API tokens and invitations. Secrets leave only once, to their owner; the database keeps hashes. */
export function createAuthService(
  persistence: Persistence,
  publishedViews: PublishedViews,
  mailer: Mailer,
  clock: () => Date,
) {
  const { users, credentials, invitations, authThrottle } = persistence.repositories;
  const signInThrottle = createSignInThrottle(authThrottle, clock);
  const identities = createTtlCache<Authenticated | null>(5_000, 10_000, () => clock().getTime());
  onCacheNotice((notice) => notice.kind === "identity-revoked" && identities.delete(notice.key));

  /** A signed-out session or revoked token stops working at once in every HTTP worker, not after the cache window. */
  function forget(key: string): void {
    identities.delete(key);
    announceCacheNotice({ kind: "identity-revoked", key });
  }

  /** Looks a credential up at most once per cache window; unknown credentials are remembered too. */
  async function cached(key: string, look: () => Promise<Authenticated | null>): Promise<Authenticated | null> {
    const known = identities.get(key);
    if (known !== undefined) return known;
    const found = await look();
    identities.set(key, found);
    return found;
  }

  /** Forgets credentials in this process and tells the other HTTP workers to forget them too. */
  function forgetAll(keys: string[]): void {
    for (const key of keys) forget(key);
  }

  /** Whether the account may act now: not disabled, and not the account of an agent who has left. */
  async function isActive(user: User): Promise<boolean> {
    if (user.disabledAt) return false;
    return !user.agentId || !(await hasAgentLeft(persistence.repositories, user.organisationId, user.agentId, clock()));
  }

  async function activeUser(userId: string | null | undefined): Promise<User | null> {
    const user = userId ? await users.findById(userId) : null;
    return user && (await isActive(user)) ? user : null;
  }

  async function startSession(user: User) {
    const sessionToken = newSecret("s_");
    const csrfToken = newSecret();
    const expiresAt = new Date(clock().getTime() + sessionDays * MS_PER_DAY);
    await credentials.createSession({ tokenHash: hashSecret(sessionToken), userId: user.id, csrfToken, expiresAt });
    return { sessionToken, csrfToken, expiresAt, user };
  }

  return {
    async login(email: string, password: string, address: string) {
      await signInThrottle.countAttempt(email, address);
      const found = await users.findCredentials(email);
      const isValid = await verifyPassword(password, found?.passwordHash ?? (await decoyHash));
      // A disabled account or an agent past their end date is answered as a wrong password: the lock keeps counting, nothing tells it apart.
      if (!found || !found.passwordHash || !isValid || !(await isActive(found.user))) throw invalidCredentials();
      await signInThrottle.succeeded(email, address);
      return startSession(found.user);
    },
    async logout(sessionToken: string): Promise<void> {
      const tokenHash = hashSecret(sessionToken);
      forget(`session:${tokenHash}`);
      await credentials.revokeSession(tokenHash, clock());
    },
    authenticateSession(sessionToken: string): Promise<Authenticated | null> {
      const tokenHash = hashSecret(sessionToken);
      return cached(`session:${tokenHash}`, async () => {
        const session = await credentials.findLiveSession(tokenHash, clock());
        const user = await activeUser(session?.userId);
        return user && session ? { actor: actorOf(user), user, csrfToken: session.csrfToken } : null;
      });
    },
    authenticateToken(token: string): Promise<Authenticated | null> {
      const tokenHash = hashSecret(token);
      return cached(`token:${tokenHash}`, async () => {
        const user = await activeUser(await credentials.findLiveTokenUser(tokenHash, clock()));
        return user ? { actor: actorOf(user), user, csrfToken: null } : null;
      });
    },
    async createToken(actor: Actor, name: string, expiresInDays: number) {
      if (actor.kind !== "user") throw forbidden();
      const token = newSecret("sct_");
      const expiresAt = new Date(clock().getTime() + expiresInDays * MS_PER_DAY);
      const summary = await credentials.createToken({
        userId: actor.userId,
        name,
        tokenHash: hashSecret(token),
        expiresAt,
      });
      return { ...summary, token };
    },
    listTokens: (actor: Actor) => (actor.kind === "user" ? credentials.listTokens(actor.userId) : Promise.resolve([])),
    async revokeToken(actor: Actor, id: string): Promise<void> {
      const tokenHash = actor.kind === "user" ? await credentials.revokeToken(actor.userId, id, clock()) : null;
      if (!tokenHash) throw notFound("API token");
      forget(`token:${tokenHash}`);
    },
    async listUsers(actor: Actor): Promise<User[]> {
      const vendor = actor.kind === "user" && actor.role === "vendor_manager" ? (actor.vendor ?? "") : null;
      return users.list(actor.organisationId, vendor);
    },
    /**
     * Offboarding: the account can no longer sign in, and its sessions, API tokens and calendar feed
     * are revoked in the same transaction; every HTTP worker forgets them at once (cache notices).
     */
    async disableUser(actor: Actor, userId: string): Promise<User> {
      if (!hasRole(actor, ["director"])) throw forbidden();
      const target = await users.findById(userId);
      if (!target || target.organisationId !== actor.organisationId) throw notFound("User");
      if (actor.kind === "user" && actor.userId === userId) throw conflict("You cannot disable your own account");
      const revokedKeys = await persistence.inTransaction(async (repositories) => {
        await repositories.users.setDisabledAt(userId, clock());
        if (target.agentId) await repositories.calendarFeeds.revoke(target.organisationId, target.agentId);
        return repositories.credentials.revokeAllOfUser(userId, clock(), { keepSessionHash: null, isTokensToo: true });
      });
      forgetAll(revokedKeys);
      return (await users.findById(userId))!;
    },
    async enableUser(actor: Actor, userId: string): Promise<User> {
      if (!hasRole(actor, ["director"])) throw forbidden();
      const target = await users.findById(userId);
      if (!target || target.organisationId !== actor.organisationId) throw notFound("User");
      await users.setDisabledAt(userId, null);
      return (await users.findById(userId))!;
    },
    /** Checks the current password (counted by the sign-in lock like a sign-in), sets the new one and signs out the other sessions. */
    async changePassword(
      actor: Actor,
      passwords: { currentPassword: string; newPassword: string },
      currentSessionToken: string | null,
      address: string,
    ) {
      const user = actor.kind === "user" ? await users.findById(actor.userId) : null;
      if (!user) throw forbidden();
      assertAcceptablePassword(passwords.newPassword, "body.newPassword");
      await signInThrottle.countAttempt(user.email, address);
      const found = await users.findCredentials(user.email);
      if (!found?.passwordHash || !(await verifyPassword(passwords.currentPassword, found.passwordHash))) {
        throw currentPasswordWrong();
      }
      await signInThrottle.succeeded(user.email, address);
      return this.setPassword(
        user.id,
        passwords.newPassword,
        currentSessionToken ? hashSecret(currentSessionToken) : null,
      );
    },
    /** Sets a password (already checked by the caller's contract, checked again here) and signs out every session but `keepSessionHash`. */
    async setPassword(userId: string, password: string, keepSessionHash: string | null = null) {
      assertAcceptablePassword(password, "body.newPassword");
      const passwordHash = await hashPassword(password);
      const revokedKeys = await persistence.inTransaction(async (repositories) => {
        await repositories.users.setPassword(userId, passwordHash);
        return repositories.credentials.revokeAllOfUser(userId, clock(), { keepSessionHash, isTokensToo: false });
      });
      forgetAll(revokedKeys);
      return { isChanged: true as const, signedOutSessions: revokedKeys.length };
    },
    /** The user with this email in the organisation (for the CLI), or null. */
    async findUserByEmail(actor: Actor, email: string): Promise<User | null> {
      const found = await users.findCredentials(email.trim().toLowerCase());
      return found && found.user.organisationId === actor.organisationId ? found.user : null;
    },
    /**
     * A director invites anyone; a vendor manager only agents of their own partner. The link is
     * returned (shown once, as a path) and mailed to the person at `baseUrl` through the mailer.
     */
    async invite(
      actor: Actor,
      draft: { email: string; displayName: string; role: Role; vendor: string | null; agentId: string | null },
      baseUrl: string,
    ) {
      const isVendorManager = actor.kind === "user" && actor.role === "vendor_manager";
      if (isVendorManager && (draft.role !== "agent" || draft.vendor !== actor.vendor)) throw forbidden();
      if (!hasRole(actor, ["director", "vendor_manager"])) throw forbidden();
      if (draft.role === "agent" && !draft.agentId)
        throw validationFailed([{ path: "body.agentId", message: "is required to invite an agent" }]);
      if (draft.role === "vendor_manager" && !draft.vendor)
        throw validationFailed([{ path: "body.vendor", message: "is required to invite a vendor manager" }]);
      if (draft.agentId) {
        const agent = await persistence.repositories.agents.findById(actor.organisationId, draft.agentId);
        if (!agent || (isVendorManager && agent.vendor !== actor.vendor)) throw notFound("Agent");
      }
      const token = newSecret("inv_");
      const expiresAt = new Date(clock().getTime() + invitationDays * MS_PER_DAY);
      const createdBy = actor.kind === "user" ? actor.userId : null;
      const invitation = await invitations.create({
        ...draft,
        organisationId: actor.organisationId,
        tokenHash: hashSecret(token),
        createdBy,
        expiresAt,
      });
      const invitePath = `/accept-invitation#${token}`;
      await mailer.send(
        invitationMail({
          ...invitation,
          displayName: draft.displayName,
          acceptUrl: new URL(invitePath, baseUrl).toString(),
        }),
      );
      return {
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt,
        invitePath,
      };
    },
    async acceptInvitation(token: string, password: string) {
      assertAcceptablePassword(password, "body.password");
      return persistence
        .inTransaction(async (repositories) => {
          const invitation = await repositories.invitations.findOpen(hashSecret(token), clock());
          if (!invitation || !(await repositories.invitations.markAccepted(invitation.id, clock())))
            throw notFound("Invitation");
          const existing = await repositories.users.findCredentials(invitation.email);
          if (existing) throw conflict("An account with this email already exists");
          const user = await repositories.users.create({
            organisationId: invitation.organisationId,
            email: invitation.email,
            displayName: invitation.displayName,
            role: invitation.role,
            vendor: invitation.vendor,
            agentId: invitation.agentId,
            displayTimeZone: null,
            passwordHash: await hashPassword(password),
          });
          return { user };
        })
        .then(({ user }) => startSession(user));
    },
    /** The signed-in person as stored now (identities are cached for seconds; profile reads must not be stale). */
    async currentUser(actor: Actor): Promise<User> {
      const user = actor.kind === "user" ? await users.findById(actor.userId) : null;
      if (!user) throw notFound("User");
      return user;
    },
    async setDisplayTimeZone(actor: Actor, displayTimeZone: string | null): Promise<User> {
      if (actor.kind !== "user") throw forbidden();
      await users.setDisplayTimeZone(actor.userId, displayTimeZone);
      publishedViews.clear();
      return (await users.findById(actor.userId))!;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
