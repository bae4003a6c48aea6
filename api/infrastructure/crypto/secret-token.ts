import { hash, randomBytes } from "node:crypto";

/** A new secret (32 random bytes, base64url) for a session, API token, invitation or calendar feed. */
export const newSecret = (prefix = ""): string => `${prefix}${randomBytes(32).toString("base64url")}`;

/**
 * What is stored instead of a secret: its SHA-256 (the secrets are random, so no salt or KDF is
 * needed). One-shot `hash`, because every request with a token or a session cookie pays for it.
 */
export const hashSecret = (secret: string): string => hash("sha256", secret, "base64url");
