import "reflect-metadata";
import { DataSource } from "typeorm";
import { CreateAccounts1795800000000 } from "../../migrations/1795800000000-create-accounts";
import { CreateTimeOffRequests1795850000000 } from "../../migrations/1795850000000-create-time-off-requests";
import { CreateFoundation1795400000000 } from "../../migrations/1795400000000-create-foundation";
import { CreateSolveJobs1795450000000 } from "../../migrations/1795450000000-create-solve-jobs";
import { CreateForecasts1795500000000 } from "../../migrations/1795500000000-create-forecasts";
import { CreateCapacityPlans1795700000000 } from "../../migrations/1795700000000-create-capacity-plans";
import { CreateSchedules1795900000000 } from "../../migrations/1795900000000-create-schedules";
import { AddUserOffboarding1796200000000 } from "../../migrations/1796200000000-add-user-offboarding";
import { AddScheduleShiftRevisions1796300000000 } from "../../migrations/1796300000000-add-schedule-shift-revisions";
import { AddSolveJobHeartbeats1796650000000 } from "../../migrations/1796650000000-add-solve-job-heartbeats";
import { CreateScheduleLedger1796720000000 } from "../../migrations/1796720000000-create-schedule-ledger";
import { CreateActuals1796740000000 } from "../../migrations/1796740000000-create-actuals";
import { CreateScheduleEvents1796730000000 } from "../../migrations/1796730000000-create-schedule-events";
import { ScheduleEventEntity } from "./entities/schedule-event.entity";
import { CalendarFeedEntity } from "./entities/calendar-feed.entity";
import { ScheduleShiftEntity } from "./entities/schedule-shift.entity";
import { ScheduleSolveEntity } from "./entities/schedule-solve.entity";
import { ScheduleVersionEntity } from "./entities/schedule-version.entity";
import { ScheduleEntity } from "./entities/schedule.entity";
import { CapacityAttritionCurveEntity } from "./entities/capacity-attrition-curve.entity";
import { CapacityPlanEntity } from "./entities/capacity-plan.entity";
import { CapacityScenarioEntity } from "./entities/capacity-scenario.entity";
import { ApiTokenEntity } from "./entities/api-token.entity";
import { AuthThrottleEntity } from "./entities/auth-throttle.entity";
import { InvitationEntity } from "./entities/invitation.entity";
import { SessionEntity } from "./entities/session.entity";
import { TimeOffRequestEntity } from "./entities/time-off-request.entity";
import { AgentSkillEntity } from "./entities/agent-skill.entity";
import { AgentEntity } from "./entities/agent.entity";
import { HistoryIntervalEntity } from "./entities/history-interval.entity";
import { ActualsImportEntity } from "./entities/actuals-import.entity";
import { DailyActualEntity } from "./entities/daily-actual.entity";
import { IntervalActualEntity } from "./entities/interval-actual.entity";
import { QueueKpiSettingsEntity } from "./entities/queue-kpi-settings.entity";
import { OrganisationEntity } from "./entities/organisation.entity";
import { QueueEntity } from "./entities/queue.entity";
import { SolveJobEntity } from "./entities/solve-job.entity";
import { UserEntity } from "./entities/user.entity";
import { ForecastEntity } from "./entities/forecast.entity";
import { ForecastIntervalEntity } from "./entities/forecast-interval.entity";
import { SpecialDayEntity } from "./entities/special-day.entity";

export const entities = [
  OrganisationEntity,
  QueueEntity,
  AgentEntity,
  AgentSkillEntity,
  UserEntity,
  HistoryIntervalEntity,
  SolveJobEntity,
  CapacityPlanEntity,
  CapacityScenarioEntity,
  CapacityAttritionCurveEntity,
  ForecastEntity,
  ForecastIntervalEntity,
  SpecialDayEntity,
  SessionEntity,
  ApiTokenEntity,
  InvitationEntity,
  AuthThrottleEntity,
  TimeOffRequestEntity,
  ScheduleEntity,
  ScheduleVersionEntity,
  ScheduleShiftEntity,
  ScheduleSolveEntity,
  CalendarFeedEntity,
  ActualsImportEntity,
  IntervalActualEntity,
  DailyActualEntity,
  QueueKpiSettingsEntity,
  ScheduleEventEntity,
];

/** Listed explicitly, oldest first: the order is the schema's history. */
export const migrations = [
  CreateFoundation1795400000000,
  CreateSolveJobs1795450000000,
  CreateForecasts1795500000000,
  CreateCapacityPlans1795700000000,
  CreateAccounts1795800000000,
  CreateTimeOffRequests1795850000000,
  CreateSchedules1795900000000,
  AddUserOffboarding1796200000000,
  AddScheduleShiftRevisions1796300000000,
  AddSolveJobHeartbeats1796650000000,
  CreateScheduleLedger1796720000000,
  CreateScheduleEvents1796730000000,
  CreateActuals1796740000000,
];

/** A TypeORM DataSource on `url` (not yet initialised). The schema changes only through migrations. */
export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: "pgcrypto",
    poolSize: options.poolSize ?? 10,
    // Without a limit a connection to an unreachable host waits for the OS's TCP timeout (minutes); the API answers 503 after this instead.
    connectTimeoutMS: 10_000,
    logging: false,
  });
}
