import pino, { type Logger } from "pino";

/** Structured JSON logs on stderr (stdout stays free for CLI output). Credentials are redacted. */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      redact: {
        paths: ["password", "*.password", "token", "*.token", "req.headers.cookie", "req.headers.authorization"],
        censor: "[redacted]",
      },
    },
    pino.destination(2),
  );
}
