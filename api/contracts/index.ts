import * as agents from "./agents";
import * as auth from "./auth";
import * as capacity from "./capacity";
import type { EndpointContract } from "./endpoint";
import * as forecasts from "./forecasts";
import * as health from "./health";
import * as history from "./history";
import * as queues from "./queues";
import * as requirements from "./requirements";
import * as schedules from "./schedules";
import * as scheduleEvents from "./schedule-events";
import * as solveJobs from "./solve-jobs";
import * as staffing from "./staffing";
import * as timeOff from "./time-off";

const isEndpoint = (value: unknown): value is EndpointContract =>
  typeof value === "object" && value !== null && "method" in value && "path" in value && "response" in value;

/** Every endpoint contract, for the OpenAPI document and the security tests that walk all routes. */
export const allEndpoints: EndpointContract[] = [health, auth, queues, history, forecasts, requirements, agents, solveJobs, staffing, timeOff, capacity, schedules, scheduleEvents].flatMap((module) => Object.values(module).filter(isEndpoint));
