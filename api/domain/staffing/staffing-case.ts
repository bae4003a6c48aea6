import { ErlangAStaffing } from "./erlang-a-staffing";
import { erlangCMetrics, solveErlangC, type ErlangCLoad } from "./erlang-c";
import type { AbandonmentMetrics, QueueMetrics, StaffingTargets } from "./queue-metrics";
import { fractionalFte, scheduledAgents } from "./shrinkage";

/** One staffing question, in the names of the CLI/API contract (already validated). */
export interface StaffingCase {
  callsPerInterval: number;
  intervalSeconds: number;
  ahtSeconds: number;
  targetAnswerSeconds: number;
  targetServiceLevel?: number;
  targetAsaSeconds?: number;
  model?: "erlang-c" | "erlang-a";
  patienceSeconds?: number;
  shrinkage?: number;
  maxOccupancy?: number;
  /** Evaluate this many agents instead of solving for the minimum. */
  agents?: number;
  channel?: "voice" | "chat";
  /** Chats one agent handles at once (chat only); ahtSeconds is measured at this concurrency. */
  concurrency?: number;
}

export interface StaffingResult extends QueueMetrics, Partial<Omit<AbandonmentMetrics, keyof QueueMetrics>> {
  trafficErlangs: number;
  agents: number;
  /** Chat only: agents × concurrency. */
  servers?: number;
  scheduledAgents: number;
  fractionalFte: number;
}

/** How many agents are staffed (solved for, or given) and the metrics at their agents × c servers. */
interface Staffed {
  agents: number;
  metrics: QueueMetrics | AbandonmentMetrics;
}

function staffedErlangA(
  input: StaffingCase,
  load: ErlangCLoad,
  concurrency: number,
  targets: StaffingTargets,
): Staffed {
  if (input.patienceSeconds === undefined) throw new RangeError("patienceSeconds is required for erlang-a");
  const staffing = new ErlangAStaffing({ ...load, patienceSeconds: input.patienceSeconds });
  const agents = input.agents ?? Math.ceil(staffing.requiredAgents(targets) / concurrency);
  return { agents, metrics: staffing.metricsAt(agents * concurrency) };
}

/** Erlang C: the solve's own metrics when its servers are the ones staffed, so the recursion runs once. */
function staffedErlangC(
  input: StaffingCase,
  load: ErlangCLoad,
  concurrency: number,
  targets: StaffingTargets,
): Staffed {
  if (input.agents !== undefined)
    return { agents: input.agents, metrics: erlangCMetrics(input.agents * concurrency, load) };
  const solution = solveErlangC(load, targets);
  const agents = Math.ceil(solution.agents / concurrency);
  const servers = agents * concurrency;
  return { agents, metrics: servers === solution.agents ? solution.metrics : erlangCMetrics(servers, load) };
}

/**
 * Solves or evaluates one case. Offered load A = calls × AHT / interval. Chat: each agent is c
 * servers, so Erlang C/A solves for servers and agents = ceil(servers / c) (the method put in
 * callcentrehelper.com's "Erlang C for Chat?", https://callcentrehelper.com/erlang-c-for-chat-206984.htm:
 * "use Erlang, then divide the number of agents required by the number of chats they can handle at
 * once"). The handle time must be the one measured at that concurrency, because a chat handled
 * alongside others lasts longer (ccPlanning, "Webchat & concurrency"). The metrics reported are
 * those of the agents × c servers actually staffed.
 */
export function calculateStaffingCase(input: StaffingCase): StaffingResult {
  const trafficErlangs = (input.callsPerInterval * input.ahtSeconds) / input.intervalSeconds;
  const concurrency = input.channel === "chat" ? (input.concurrency ?? 1) : 1;
  const load: ErlangCLoad = {
    trafficErlangs,
    ahtSeconds: input.ahtSeconds,
    targetAnswerSeconds: input.targetAnswerSeconds,
  };
  const targets: StaffingTargets = {
    serviceLevelFraction: input.targetServiceLevel,
    targetAnswerSeconds: input.targetAnswerSeconds,
    asaSeconds: input.targetAsaSeconds,
    maxOccupancyFraction: input.maxOccupancy,
  };
  const { agents, metrics } =
    input.model === "erlang-a"
      ? staffedErlangA(input, load, concurrency, targets)
      : staffedErlangC(input, load, concurrency, targets);
  const abandonment = "pAbandon" in metrics ? metrics : undefined;
  // Spelled out rather than spread: one object shape for every result, which a batch of thousands
  // builds and serialises fastest; the fields a case does not have are left undefined.
  return {
    trafficErlangs,
    agents,
    servers: input.channel === "chat" ? agents * concurrency : undefined,
    scheduledAgents: scheduledAgents(agents, input.shrinkage),
    fractionalFte: fractionalFte(agents, input.shrinkage),
    pWait: metrics.pWait,
    serviceLevel: metrics.serviceLevel,
    asaSeconds: metrics.asaSeconds,
    occupancy: metrics.occupancy,
    pAbandon: abandonment?.pAbandon,
    asaAnsweredSeconds: abandonment?.asaAnsweredSeconds,
    serviceLevelAnswered: abandonment?.serviceLevelAnswered,
  };
}
