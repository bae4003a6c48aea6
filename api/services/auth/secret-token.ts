import { createHash, randomBytes } from "node:crypto";

/** A new secret (32 random bytes, base64url) for a session, API token, invitation or calendar feed. */
export const newSecret = (prefix = ""): string => `${prefix}${randomBytes(32).toString("base64url")}`;

/** What is stored instead of a secret: its SHA-256 (the secrets are random, so no salt or KDF is needed). */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("base64url");
