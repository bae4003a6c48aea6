import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Express } from "express";
import helmet from "helmet";
import type { Logger } from "pino";
import { apiNotFound, errorHandler } from "./http/middleware/error-handler";
import { authenticate, type Authenticator } from "./http/middleware/authenticate";
import { requestContext } from "./http/middleware/request-context";
import { authRoutes } from "./http/routes/auth-routes";
import { timeOffRoutes } from "./http/routes/time-off-routes";
import { agentRoutes } from "./http/routes/agent-routes";
import { capacityRoutes } from "./http/routes/capacity-routes";
import { docsRoutes } from "./http/routes/docs-routes";
import { forecastRoutes } from "./http/routes/forecast-routes";
import { historyRoutes } from "./http/routes/history-routes";
import { actualsRoutes } from "./http/routes/actuals-routes";
import { kpiRoutes } from "./http/routes/kpi-routes";
import { queueRoutes } from "./http/routes/queue-routes";
import { byPath } from "./http/routes/route";
import { scheduleRoutes } from "./http/routes/schedule-routes";
import { ledgerRoutes } from "./http/routes/ledger-routes";
import { solveJobRoutes } from "./http/routes/solve-job-routes";
import { staffingRoutes } from "./http/routes/staffing-routes";
import { systemRoutes } from "./http/routes/system-routes";
import type { Services } from "./services/services";

export interface AppDependencies {
  services: Services;
  logger: Logger;
  version: string;
  /** The built client (client/dist); served with an SPA fallback when present. */
  clientDirectory?: string;
  /** Who a request is; sessions and API tokens by default (tests may substitute a fixed identity). */
  authenticator?: Authenticator;
  /** The largest import bodies accepted (413 beyond): 200 MB of history CSV, 5 MB of agent CSV by default. */
  importLimits?: ImportLimits;
}

export interface ImportLimits {
  historyBytes: number;
  agentBytes: number;
}

const defaultImportLimits: ImportLimits = { historyBytes: 200 * 1024 * 1024, agentBytes: 5 * 1024 * 1024 };

function serveClient(app: Express, clientDirectory: string): void {
  const indexFile = join(clientDirectory, "index.html");
  if (!existsSync(indexFile)) return;
  app.use(express.static(clientDirectory, { index: false, maxAge: "1h" }));
  app.get(/^(?!\/api\/).*/, (_request, response) => {
    response.setHeader("Cache-Control", "no-cache");
    response.sendFile(indexFile);
  });
}

/** Sessions (cookie) and personal API tokens (Authorization: Bearer). */
const sessionsAndTokens =
  (services: Services): Authenticator =>
  async ({ bearerToken, sessionToken }) => {
    if (bearerToken) return services.auth.authenticateToken(bearerToken);
    return sessionToken ? services.auth.authenticateSession(sessionToken) : null;
  };

/** The Express application, without listen: the process entry and the tests both build it here. */
export function createApp({
  services,
  logger,
  version,
  clientDirectory,
  authenticator = sessionsAndTokens(services),
  importLimits = defaultImportLimits,
}: AppDependencies): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(helmet({ contentSecurityPolicy: { directives: { "img-src": ["'self'", "data:"] } } }));
  app.use(requestContext(logger));
  app.use(
    byPath([
      systemRoutes(services),
      { router: docsRoutes(version), starts: ["/api/openapi.json", "/api/docs", "/api/docs/"] },
    ]),
  );
  app.use("/api", authenticate(authenticator));
  app.use(
    byPath([
      authRoutes(services),
      timeOffRoutes(services),
      queueRoutes(services),
      agentRoutes(services, importLimits.agentBytes),
      solveJobRoutes(services),
      staffingRoutes(),
      historyRoutes(services, importLimits.historyBytes),
      actualsRoutes(services, importLimits.historyBytes),
      kpiRoutes(services),
      forecastRoutes(services),
      capacityRoutes(services),
      scheduleRoutes(services),
      ledgerRoutes(services),
    ]),
  );
  app.use("/api", apiNotFound);
  if (clientDirectory) serveClient(app, clientDirectory);
  app.use(errorHandler);
  return app;
}
