import pino, { type Logger } from "pino";
import type { DataSource } from "typeorm";
import { createApp } from "../../api/app";
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

/** The real app on the test database, with overridable services for fault injection. */
export function buildTestApp(dataSource: DataSource, options: { logger?: Logger; override?: (services: Services) => Services } = {}) {
  const services = createServices({ dataSource, version: "test" });
  return createApp({ services: options.override ? options.override(services) : services, logger: options.logger ?? pino({ level: "silent" }), version: "test" });
}
