import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { z } from "zod";

const postgresUrl = z
  .string()
  .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), {
    message: "must be a postgres:// or postgresql:// URL, e.g. postgres://user@127.0.0.1:5432/db",
  });

const environmentSchema = z
  .object({
    DATABASE_URL: postgresUrl.optional(),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    SHIFTCAST_DATA_DIR: z.string().min(1).default("data"),
    SHIFTCAST_SEED_DEMO: z.enum(["true", "false"]).default("true"),
    SHIFTCAST_IN_PROCESS_WORKER: z.enum(["true", "false"]).default("true"),
    SHIFTCAST_HTTP_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
    SHIFTCAST_MAIL_DIRECTORY: z.string().min(1).optional(),
    SHIFTCAST_MAIL_FROM: z.string().min(1).default("Shiftcast <shiftcast@localhost>"),
    SHIFTCAST_SMTP_URL: z
      .string()
      .refine((value) => URL.canParse(value) && /^smtps?:$/.test(new URL(value).protocol), {
        message: "must be an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:25",
      })
      .optional(),
    SHIFTCAST_SOLVE_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
    SHIFTCAST_SOLVE_STALE_SECONDS: z.coerce.number().int().min(2).max(3600).default(30),
  })
  .refine((values) => values.SHIFTCAST_SOLVE_STALE_SECONDS >= 2 * values.SHIFTCAST_SOLVE_HEARTBEAT_SECONDS, {
    path: ["SHIFTCAST_SOLVE_STALE_SECONDS"],
    message:
      "must be at least twice SHIFTCAST_SOLVE_HEARTBEAT_SECONDS, so one late heartbeat does not make a live worker look lost",
  });

/**
 * Each HTTP worker holds up to 15 database connections (TypeORM's pool of 10, pg-boss's 3 for solves and 2 for notifications): four
 * workers and the main process stay well inside PostgreSQL's default max_connections of 100.
 */
const maxDefaultHttpWorkers = 4;

export interface Config {
  /** An external PostgreSQL server; without it an embedded server runs in `dataDirectory`. */
  databaseUrl: string | undefined;
  port: number;
  host: string;
  logLevel: z.infer<typeof environmentSchema>["LOG_LEVEL"];
  /** Absolute path of ./data: the embedded cluster and its state file live here. */
  dataDirectory: string;
  seedDemo: boolean;
  /** Whether the API process also runs solve jobs (`npm run worker` runs them elsewhere). */
  isInProcessWorker: boolean;
  /** Processes that serve HTTP (node:cluster), one per core (at most four) by default; 1 serves from the main process. */
  httpWorkers: number;
  /** Absolute path where outgoing mail is written as .eml files for a pickup to send; unset: mail is only logged as not sent. */
  mailDirectory: string | undefined;
  /** The From of outgoing mail. */
  mailFrom: string;
  /** An SMTP server that sends mail (nodemailer); unset: the mail directory, else the log. */
  smtpUrl: string | undefined;
  /** How often a process running a solve job writes its heartbeat on the job. */
  solveHeartbeatSeconds: number;
  /** A running job without a heartbeat for this long has lost its worker: another worker queues it again. */
  solveStaleSeconds: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Parses the environment once; throws ConfigError naming every bad variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid environment:\n${problems.join("\n")}`);
  }
  const values = parsed.data;
  return {
    databaseUrl: values.DATABASE_URL,
    port: values.PORT,
    host: values.HOST,
    logLevel: values.LOG_LEVEL,
    dataDirectory: resolve(values.SHIFTCAST_DATA_DIR),
    seedDemo: values.SHIFTCAST_SEED_DEMO === "true",
    isInProcessWorker: values.SHIFTCAST_IN_PROCESS_WORKER === "true",
    httpWorkers: values.SHIFTCAST_HTTP_WORKERS ?? Math.min(availableParallelism(), maxDefaultHttpWorkers),
    mailDirectory: values.SHIFTCAST_MAIL_DIRECTORY === undefined ? undefined : resolve(values.SHIFTCAST_MAIL_DIRECTORY),
    mailFrom: values.SHIFTCAST_MAIL_FROM,
    smtpUrl: values.SHIFTCAST_SMTP_URL,
    solveHeartbeatSeconds: values.SHIFTCAST_SOLVE_HEARTBEAT_SECONDS,
    solveStaleSeconds: values.SHIFTCAST_SOLVE_STALE_SECONDS,
  };
}
