import type { DataSource, EntityManager } from "typeorm";
import { createCapacityRepository } from "./repositories/capacity-repository";
import { createAgentRepository } from "./repositories/agent-repository";
import { createAuthThrottleRepository } from "./repositories/auth-throttle-repository";
import { createCredentialRepository } from "./repositories/credential-repository";
import { createInvitationRepository } from "./repositories/invitation-repository";
import { createCalendarFeedRepository } from "./repositories/calendar-feed-repository";
import { createScheduleRepository } from "./repositories/schedule-repository";
import { createScheduleLedgerRepository } from "./repositories/schedule-ledger-repository";
import { createNotificationRepository } from "./repositories/notification-repository";
import { createScheduleEventRepository } from "./repositories/schedule-event-repository";
import { createTimeOffRepository } from "./repositories/time-off-repository";
import { createUserRepository } from "./repositories/user-repository";
import { createForecastRepository } from "./repositories/forecast-repository";
import { createHistoryRepository } from "./repositories/history-repository";
import { createActualsRepository } from "./repositories/actuals-repository";
import { createOrganisationRepository } from "./repositories/organisation-repository";
import { createQueueRepository } from "./repositories/queue-repository";
import { createSolveJobRepository } from "./repositories/solve-job-repository";
import { createSpecialDayRepository } from "./repositories/special-day-repository";

function repositoriesOn(database: DataSource | EntityManager) {
  return {
    organisations: createOrganisationRepository(database),
    queues: createQueueRepository(database),
    agents: createAgentRepository(database),
    history: createHistoryRepository(database),
    actuals: createActualsRepository(database),
    forecasts: createForecastRepository(database),
    specialDays: createSpecialDayRepository(database),
    capacity: createCapacityRepository(database),
    solveJobs: createSolveJobRepository(database),
    users: createUserRepository(database),
    credentials: createCredentialRepository(database),
    invitations: createInvitationRepository(database),
    authThrottle: createAuthThrottleRepository(database),
    timeOff: createTimeOffRepository(database),
    schedules: createScheduleRepository(database),
    scheduleEvents: createScheduleEventRepository(database),
    calendarFeeds: createCalendarFeedRepository(database),
    scheduleLedger: createScheduleLedgerRepository(database),
    notifications: createNotificationRepository(database),
  };
}

export type Repositories = ReturnType<typeof repositoriesOn>;

/** Repositories for plain reads and writes, plus `inTransaction` for work that must be all or nothing. */
export interface Persistence {
  repositories: Repositories;
  inTransaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
}

export function createPersistence(dataSource: DataSource): Persistence {
  return {
    repositories: repositoriesOn(dataSource),
    inTransaction: (work) => dataSource.transaction((manager) => work(repositoriesOn(manager))),
  };
}
