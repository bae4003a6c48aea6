import type { Request, RequestHandler } from "express";
import type { User } from "../../domain/access/user";
import type { Actor } from "../../services/actor";

export const sessionCookie = "shiftcast_session";

/** Who made a request, and the CSRF token their writes must carry (null for API tokens). */
export interface RequestIdentity {
  actor: Actor;
  csrfToken: string | null;
  /** The signed-in person (absent for the system identity tests use). */
  user?: User;
}

export type Authenticator = (credentials: {
  bearerToken: string | null;
  sessionToken: string | null;
}) => Promise<RequestIdentity | null>;

/** Reads one cookie from the Cookie header (a name=value list separated by semicolons, RFC 6265 §4.2). */
export function readCookie(request: Request, name: string): string | null {
  for (const part of (request.headers.cookie ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name)
      return decodeURIComponent(part.slice(separator + 1).trim());
  }
  return null;
}

const bearerPattern = /^Bearer\s+(\S+)$/i;

/** Puts the request's identity (or null) in `response.locals.identity`; routes decide whether they need one. */
export function authenticate(authenticator: Authenticator): RequestHandler {
  return async (request, response, next) => {
    const bearerToken = bearerPattern.exec(request.headers.authorization ?? "")?.[1] ?? null;
    const sessionToken = bearerToken ? null : readCookie(request, sessionCookie);
    response.locals.identity = await authenticator({ bearerToken, sessionToken });
    next();
  };
}
