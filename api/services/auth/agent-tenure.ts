import { localDateOf } from "../../domain/time/local-day";
import type { Repositories } from "../../persistence/repositories";

/**
 * Whether an agent has left: today, in the organisation's zone, is on or after their end date (the
 * rule `agents.list` uses for "current"). Such an agent's account, sessions, tokens and calendar
 * feed stop working without anyone having to remember to disable them.
 */
export async function hasAgentLeft(
  repositories: Pick<Repositories, "agents" | "organisations">,
  organisationId: string,
  agentId: string,
  now: Date,
): Promise<boolean> {
  const agent = await repositories.agents.findById(organisationId, agentId);
  if (!agent?.endDate) return false;
  const organisation = await repositories.organisations.findById(organisationId);
  return agent.endDate <= localDateOf(now.getTime(), organisation?.timeZone ?? "UTC");
}
