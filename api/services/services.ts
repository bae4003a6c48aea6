import pino from "pino";
import type { DataSource } from "typeorm";
import { createPersistence } from "../persistence/repositories";
import { createAgentService } from "./agent-service";
import { createAuthService } from "./auth-service";
import { createSessionPresenter } from "../presenters/session-presenter";
import { createTimeOffService } from "./time-off-service";
import { createAttritionCurveService } from "./attrition-curve-service";
import { createCapacityService } from "./capacity-service";
import { createHealthService } from "./health-service";
import { createHistoryImportService } from "./history-import-service";
import { createActualsImportService } from "./actuals-import-service";
import { createActualsService } from "./actuals-service";
import { createReforecastService } from "./reforecast-service";
import { createKpiService } from "./kpi-service";
import { createForecastService } from "./forecast-service";
import { createHistoryService } from "./history-service";
import { createOrganisationContext } from "./organisation-context";
import type { SolveQueue } from "../jobs/solve-queue";
import { createQueueService } from "./queue-service";
import { poolReplicationRunner } from "../infrastructure/workers/simulation-pool";
import { createSimulationService } from "./simulation-service";
import { createRequirementsService } from "./requirements-service";
import { createSpecialDayService } from "./special-day-service";
import { createSolveJobService } from "./solve-job-service";
import { createCalendarFeedService } from "./calendar-feed-service";
import { createPublishedShiftService } from "./published-shift-service";
import { createPublishedViews } from "../infrastructure/cache/published-views";
import { logOnlyMailer, type Mailer } from "../infrastructure/mail/mailer";
import { createScheduleService } from "./schedule-service";
import { createScheduleLedgerService, type NotificationEnqueuer } from "./schedule-ledger-service";
import { createNotificationService } from "./notification-service";
import { createScheduleRepairService } from "./schedule-repair-service";
import type { MilpSolver } from "../domain/roster/milp/solver-port";
import { createHighsSolver } from "../solvers/highs-solver";

export interface ServiceDependencies {
  dataSource: DataSource;
  version: string;
  clock?: () => Date;
  /** The durable job queue; without it, submitting a solve answers 503. */
  solveQueue?: SolveQueue;
  /** Where invitations are mailed; without one, nothing is sent or logged (the link is still shown and printed). */
  mailer?: Mailer;
  /** Where change messages are queued for e-mail; without it they wait for a delivering worker's sweep. */
  notificationQueue?: NotificationEnqueuer;
  /** The solver repairs run on in the request (HiGHS in worker threads by default). */
  solver?: MilpSolver;
}

/**
 * One per process: a change made through any Services instance (the HTTP API, an in-process CLI
 * command, a test's second app) clears what every instance would serve. Wall-clock milliseconds,
 * not the injectable business clock, time the cache window.
 */
const publishedViews = createPublishedViews(() => performance.now());

/** The use cases the HTTP API and the CLI share. */
export function createServices({
  dataSource,
  version,
  clock = () => new Date(),
  solveQueue,
  mailer = logOnlyMailer(pino({ level: "silent" })),
  notificationQueue,
  solver = createHighsSolver(),
}: ServiceDependencies) {
  const persistence = createPersistence(dataSource);
  const queues = createQueueService(persistence.repositories.queues, publishedViews);
  const forecasts = createForecastService(persistence, queues);
  const attritionCurves = createAttritionCurveService(persistence, clock);
  const solveJobs = createSolveJobService(persistence.repositories.solveJobs, solveQueue);
  const requirements = createRequirementsService(forecasts);
  const scheduleLedger = createScheduleLedgerService(persistence, notificationQueue);
  return {
    health: createHealthService(dataSource, version),
    organisationContext: createOrganisationContext(persistence.repositories.organisations, clock),
    queues,
    agents: createAgentService(persistence, publishedViews, clock),
    history: createHistoryService(persistence, queues),
    solveJobs,
    auth: createAuthService(persistence, publishedViews, mailer, clock),
    presentSessionUser: createSessionPresenter(persistence),
    timeOff: createTimeOffService(persistence, clock),
    historyImport: createHistoryImportService(persistence, queues),
    actualsImport: createActualsImportService(persistence, queues, clock),
    actuals: createActualsService(persistence, queues),
    reforecast: createReforecastService(persistence, queues),
    kpis: createKpiService(persistence, queues, requirements),
    forecasts,
    specialDays: createSpecialDayService(persistence, queues),
    requirements,
    attritionCurves,
    capacity: createCapacityService(persistence, attritionCurves),
    schedules: createScheduleService(persistence, requirements, solveJobs, publishedViews, scheduleLedger, clock),
    scheduleLedger,
    notifications: createNotificationService(persistence, clock),
    scheduleRepairs: createScheduleRepairService(persistence, publishedViews, scheduleLedger, solver, clock),
    publishedShifts: createPublishedShiftService(persistence, publishedViews),
    calendarFeeds: createCalendarFeedService(persistence, clock),
    simulations: createSimulationService(persistence, (input) => poolReplicationRunner(input)),
  };
}

export type Services = ReturnType<typeof createServices>;
