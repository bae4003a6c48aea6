import * as actuals from "./actuals";
import * as agents from "./agents";
import * as auth from "./auth";
import * as capacity from "./capacity";
import type { EndpointContract } from "./endpoint";
import * as forecasts from "./forecasts";
import * as health from "./health";
import * as kpis from "./kpis";
import * as history from "./history";
import * as queues from "./queues";
import * as reforecast from "./reforecast";
import * as requirements from "./requirements";
import * as notifications from "./notifications";
import * as scheduleChanges from "./schedule-changes";
import * as schedules from "./schedules";
import * as simulation from "./simulation";
import * as scheduleEvents from "./schedule-events";
import * as solveJobs from "./solve-jobs";
import * as staffing from "./staffing";
import * as timeOff from "./time-off";

const isEndpoint = (value: unknown): value is EndpointContract =>
  typeof value === "object" && value !== null && "method" in value && "path" in value && "response" in value;

/** Every endpoint contract, for the OpenAPI document and the security tests that walk all routes. */
export const allEndpoints: EndpointContract[] = [
  health,
  auth,
  queues,
  history,
  forecasts,
  requirements,
  agents,
  solveJobs,
  staffing,
  timeOff,
  capacity,
  schedules,
  actuals,
  reforecast,
  kpis,
  simulation,
  scheduleChanges,
  notifications,
  scheduleEvents,
].flatMap((module) => Object.values(module).filter(isEndpoint));
