import { erlangCMetrics } from "../../staffing/erlang-c";
import type { ServiceLevelEstimator } from "./solution";

/**
 * Expected service level of an interval from the staffing engine's Erlang C: offered traffic
 * A = calls × AHT / interval seconds, served by the whole agents on the phones (a blended agent's
 * fraction of an interval is rounded down, so the estimate errs low). Agents on break are not
 * counted, because the roster's coverage already leaves them out.
 */
export const erlangCServiceLevel: ServiceLevelEstimator = (input) => {
  if (!(input.ahtSeconds > 0) || !(input.intervalMinutes > 0)) return null;
  const trafficErlangs = (input.forecastCalls * input.ahtSeconds) / (input.intervalMinutes * 60);
  const agents = Math.floor(input.scheduledAgents + 1e-9);
  return erlangCMetrics(agents, {
    trafficErlangs,
    ahtSeconds: input.ahtSeconds,
    targetAnswerSeconds: input.targetAnswerSeconds,
  }).serviceLevel;
};
