import type { CandidateShift } from "./candidate-shift";
import { withAgents, type PreparedProblem } from "./prepare";

/**
 * Pools of interchangeable agents: same zone, skills, contract, availability and avoid windows
 * (names and time off may differ). A pooled model has one modelled agent per pool whose shift
 * variables count how many members work each shift, bounded by how many members may work it
 * (time off removes a member from the shifts it overlaps).
 *
 * Why its optimum is a lower bound for the named-agent model: take any named roster and count,
 * per pool and shift, the members working it. Those counts satisfy every pooled row, because each
 * pooled row is the sum over the pool's members of the same row written per agent (day, rest,
 * consecutive-day and weekly maximum rows with right-hand side × members), or is relaxed from it
 * (Σ max(0, min − worked) ≥ max(0, Σ min − Σ worked), so pooled below-contract minutes never exceed
 * the named ones); coverage is a linear function of the counts, so it is identical; weekly rest and
 * fairness, whose costs are never negative, are left out for pools of more than one. So every named
 * roster maps to a pooled solution of equal or lower cost, and the pooled model's proven bound is a
 * valid bound for the named problem. Nothing links pools except coverage, which stays in the model.
 */
export interface AgentPools {
  members: number[][];
  poolOfAgent: number[];
}

export function poolAgents(prepared: PreparedProblem): AgentPools {
  const members: number[][] = [];
  const byKey = new Map<string, number>();
  const poolOfAgent = prepared.source.agents.map((agent, agentIndex) => {
    // Time off is in the key because it lowers the weekly minimum (contract-hours.ts): members share it.
    const key = JSON.stringify([
      agent.timeZone,
      [...agent.skills].sort(),
      agent.contract,
      agent.availability,
      agent.avoid ?? [],
      prepared.agentTimeOff[agentIndex],
    ]);
    let pool = byKey.get(key);
    if (pool === undefined) {
      pool = members.push([]) - 1;
      byKey.set(key, pool);
    }
    members[pool].push(agentIndex);
    return pool;
  });
  return { members, poolOfAgent };
}

/** The pooled problem: one representative agent per pool, with the time off its members share. */
export function pooledProblem(prepared: PreparedProblem, pools: AgentPools): PreparedProblem {
  return withAgents(
    prepared,
    pools.members.map((memberList) => memberList[0]),
  );
}

/** Candidates merged per pool, start, length and break placement; multiplicity = members who may work it. */
export function pooledCandidates(candidates: CandidateShift[], pools: AgentPools): CandidateShift[] {
  const merged = new Map<string, CandidateShift>();
  for (const shift of candidates) {
    const pool = pools.poolOfAgent[shift.agentIndex];
    const breaks = shift.breaks.map((pause) => pause.startMs - shift.startMs).join(",");
    const key = `${pool}/${shift.startMs}/${shift.lengthMinutes}/${breaks}`;
    const existing = merged.get(key);
    if (existing) existing.multiplicity += 1;
    else merged.set(key, { ...shift, agentIndex: pool, multiplicity: 1 });
  }
  return [...merged.values()];
}
