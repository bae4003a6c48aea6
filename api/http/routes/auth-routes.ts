import { Router, type Response } from "express";
import type { Services } from "../../services/services";
import {
  acceptInvitation,
  changePassword,
  createApiToken,
  createInvitation,
  disableUser,
  enableUser,
  getSession,
  listApiTokens,
  listUsers,
  login,
  logout,
  revokeApiToken,
  updateMe,
} from "../../contracts/auth";
import { readCookie, sessionCookie } from "../middleware/authenticate";
import { route } from "./route";

function setSessionCookie(
  response: Response,
  session: { sessionToken: string; expiresAt: Date },
  isSecure: boolean,
): void {
  response.cookie(sessionCookie, session.sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    secure: isSecure,
    path: "/",
    expires: session.expiresAt,
  });
}

export function authRoutes(services: Services): Router {
  const router = Router();
  route(router, login, async ({ body }, { request, response }) => {
    const session = await services.auth.login(body.email, body.password, request.ip ?? "unknown");
    setSessionCookie(response, session, request.secure);
    return { user: await services.presentSessionUser(session.user), csrfToken: session.csrfToken };
  });
  route(router, acceptInvitation, async ({ body }, { request, response }) => {
    const session = await services.auth.acceptInvitation(body.token, body.password);
    setSessionCookie(response, session, request.secure);
    return { user: await services.presentSessionUser(session.user), csrfToken: session.csrfToken };
  });
  route(router, logout, async (_input, { request, response }) => {
    const token = readCookie(request, sessionCookie);
    if (token) await services.auth.logout(token);
    response.clearCookie(sessionCookie, { path: "/" });
    return { isSignedOut: true as const };
  });
  route(router, getSession, async (_input, { actor, response }) => {
    const identity = response.locals.identity as { csrfToken: string | null };
    return {
      user: await services.presentSessionUser(await services.auth.currentUser(actor)),
      csrfToken: identity.csrfToken ?? "",
    };
  });
  route(router, updateMe, async ({ body }, { actor }) =>
    services.presentSessionUser(await services.auth.setDisplayTimeZone(actor, body.displayTimeZone)),
  );
  route(router, listApiTokens, async (_input, { actor }) => ({ tokens: await services.auth.listTokens(actor) }));
  route(router, createApiToken, ({ body }, { actor }) =>
    services.auth.createToken(actor, body.name, body.expiresInDays),
  );
  route(router, changePassword, ({ body }, { actor, request }) =>
    services.auth.changePassword(actor, body, readCookie(request, sessionCookie), request.ip ?? "unknown"),
  );
  route(router, revokeApiToken, async ({ params }, { actor }) => {
    await services.auth.revokeToken(actor, params.tokenId);
    return { isRevoked: true as const };
  });
  route(router, listUsers, async (_input, { actor }) => ({ users: await services.auth.listUsers(actor) }));
  route(router, disableUser, ({ params }, { actor }) => services.auth.disableUser(actor, params.userId));
  route(router, enableUser, ({ params }, { actor }) => services.auth.enableUser(actor, params.userId));
  route(router, createInvitation, ({ body }, { actor, request }) =>
    services.auth.invite(actor, body, `${request.protocol}://${request.get("host")}`),
  );
  return router;
}
