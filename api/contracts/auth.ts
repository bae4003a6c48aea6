import { z } from "zod";
import { ianaZone, idParams } from "./common";
import { defineEndpoint } from "./endpoint";
import { newPassword } from "./password-policy";
import { everyRole, roles } from "./roles";

export const sessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  vendor: z.string().nullable(),
  agentId: z.uuid().nullable(),
  /** The zone the person chose to see times in; null means their work zone (agents) or the organisation's. */
  displayTimeZone: z.string().nullable(),
  /** The zone to show times in by default: displayTimeZone, else the agent's work zone, else the organisation's. */
  effectiveTimeZone: z.string(),
  organisationName: z.string(),
});
export type SessionUserDto = z.infer<typeof sessionUser>;

const sessionResponse = z.object({
  user: sessionUser,
  csrfToken: z.string().describe("send as X-CSRF-Token on cookie-authenticated writes"),
});

export const login = defineEndpoint({
  method: "post",
  path: "/api/auth/login",
  summary: "Sign in with email and password; sets an httpOnly session cookie",
  tag: "auth",
  isPublic: true,
  body: z.object({ email: z.string().trim().toLowerCase().max(320), password: z.string().max(200) }),
  response: sessionResponse,
});

export const logout = defineEndpoint({
  method: "post",
  path: "/api/auth/logout",
  summary: "Sign out: the session is revoked on the server",
  tag: "auth",
  roles: everyRole,
  response: z.object({ isSignedOut: z.literal(true) }),
});

export const getSession = defineEndpoint({
  method: "get",
  path: "/api/auth/session",
  summary: "Who is signed in, and the CSRF token for this session",
  tag: "auth",
  roles: everyRole,
  response: sessionResponse,
});

export const updateMe = defineEndpoint({
  method: "patch",
  path: "/api/me",
  summary: "Change my display time zone (null: back to the default)",
  tag: "auth",
  roles: everyRole,
  body: z.object({ displayTimeZone: ianaZone.nullable() }),
  response: sessionUser,
});

/** How long a new API token works unless its creator says otherwise, and the longest it may. */
export const defaultTokenDays = 90;
export const maxTokenDays = 365;

export const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().describe("the token is refused from this instant on"),
});

export const listApiTokens = defineEndpoint({
  method: "get",
  path: "/api/me/tokens",
  summary: "My personal API tokens (never the secrets)",
  tag: "auth",
  roles: everyRole,
  response: z.object({ tokens: z.array(apiToken) }),
});

export const createApiToken = defineEndpoint({
  method: "post",
  path: "/api/me/tokens",
  summary: "Create a personal API token for integrations (Authorization: Bearer …); the secret is shown once",
  tag: "auth",
  roles: everyRole,
  body: z.object({
    name: z.string().trim().min(1).max(100),
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(maxTokenDays)
      .default(defaultTokenDays)
      .describe(`days until the token expires (${defaultTokenDays} by default, at most ${maxTokenDays})`),
  }),
  response: apiToken.extend({ token: z.string() }),
  responseStatus: 201,
});

export const revokeApiToken = defineEndpoint({
  method: "delete",
  path: "/api/me/tokens/:tokenId",
  summary: "Revoke one of my API tokens",
  tag: "auth",
  roles: everyRole,
  params: idParams("tokenId"),
  response: z.object({ isRevoked: z.literal(true) }),
});

export const userSummary = sessionUser.omit({ effectiveTimeZone: true, organisationName: true }).extend({
  hasPassword: z.boolean(),
  disabledAt: z.string().nullable().describe("when a director disabled the account; null while it may sign in"),
});

export const listUsers = defineEndpoint({
  method: "get",
  path: "/api/users",
  summary: "People with accounts (a vendor manager sees their partner's)",
  tag: "users",
  roles: ["director", "vendor_manager"],
  response: z.object({ users: z.array(userSummary) }),
});

export const createInvitation = defineEndpoint({
  method: "post",
  path: "/api/invitations",
  summary: "Invite a person to create their account; answers the link to pass on (no mail server needed)",
  tag: "users",
  roles: ["director", "vendor_manager"],
  body: z.object({
    email: z.email().trim().toLowerCase(),
    displayName: z.string().trim().min(1).max(200),
    role: z.enum(roles),
    vendor: z.string().trim().min(1).max(120).nullable().default(null),
    agentId: z.uuid().nullable().default(null),
  }),
  response: z.object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(roles),
    expiresAt: z.string(),
    invitePath: z.string(),
  }),
  responseStatus: 201,
});

export const acceptInvitation = defineEndpoint({
  method: "post",
  path: "/api/invitations/accept",
  summary: "Accept an invitation: set a password and sign in",
  tag: "users",
  isPublic: true,
  body: z.object({ token: z.string().min(20).max(200), password: newPassword }),
  response: sessionResponse,
});

export const disableUser = defineEndpoint({
  method: "post",
  path: "/api/users/:userId/disable",
  summary:
    "Disable an account (offboarding): it can no longer sign in, and its sessions, API tokens and calendar feed stop working at once",
  tag: "users",
  roles: ["director"],
  params: idParams("userId"),
  response: userSummary,
});

export const enableUser = defineEndpoint({
  method: "post",
  path: "/api/users/:userId/enable",
  summary: "Let a disabled account sign in again (its old sessions and tokens stay revoked)",
  tag: "users",
  roles: ["director"],
  params: idParams("userId"),
  response: userSummary,
});

export const changePassword = defineEndpoint({
  method: "post",
  path: "/api/me/password",
  summary: "Change my password; my other sessions are signed out (API tokens keep working)",
  tag: "auth",
  roles: everyRole,
  body: z.object({ currentPassword: z.string().max(200), newPassword }),
  response: z.object({ isChanged: z.literal(true), signedOutSessions: z.number().int() }),
});
