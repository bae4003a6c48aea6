import pino, { type Logger } from "pino";
import type { DataSource } from "typeorm";
import { createApp, type ImportLimits } from "../../api/app";
import type { Authenticator } from "../../api/http/middleware/authenticate";
import type { SolveQueue } from "../../api/jobs/solve-queue";
import type { NotificationEnqueuer } from "../../api/services/schedule-ledger-service";
import { logOnlyMailer, type Mailer } from "../../api/infrastructure/mail/mailer";
import { createServices, type Services } from "../../api/services/services";

export interface CapturedLogs {
  logger: Logger;
  lines: () => string[];
}

/** A logger that keeps its lines in memory, so tests can assert what was (and wasn't) logged. */
export function captureLogs(): CapturedLogs {
  const lines: string[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void lines.push(line) });
  return { logger, lines: () => lines };
}

export interface TestAppOptions {
  logger?: Logger;
  override?: (services: Services) => Services;
  /** Use real sign-in (sessions, tokens, CSRF); by default every request acts as the system in the run's organisation. */
  isRealAuth?: boolean;
  solveQueue?: SolveQueue;
  notificationQueue?: NotificationEnqueuer;
  mailer?: Mailer;
  importLimits?: ImportLimits;
}

/**
 * The real app on the test database, with overridable services for fault injection. Unless a test
 * is about access control, requests carry the system identity, which holds every role.
 */
export function buildTestApp(dataSource: DataSource, options: TestAppOptions = {}) {
  const logger = options.logger ?? pino({ level: "silent" });
  const services = createServices({
    dataSource,
    version: "test",
    solveQueue: options.solveQueue,
    notificationQueue: options.notificationQueue,
    mailer: options.mailer ?? logOnlyMailer(logger),
  });
  const systemIdentity: Authenticator = async () => ({
    actor: await services.organisationContext.actorForRequest(),
    csrfToken: null,
  });
  return createApp({
    services: options.override ? options.override(services) : services,
    logger,
    version: "test",
    authenticator: options.isRealAuth ? undefined : systemIdentity,
    importLimits: options.importLimits,
  });
}
