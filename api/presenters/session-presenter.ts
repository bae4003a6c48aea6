import type { User } from "../domain/access/user";
import type { Persistence } from "../persistence/repositories";

/** How a signed-in person is described to the client, with the zone their times show in by default. */
export function createSessionPresenter(persistence: Persistence) {
  const { organisations, agents } = persistence.repositories;
  return async (user: User) => {
    const organisation = await organisations.findById(user.organisationId);
    const agent = user.agentId ? await agents.findById(user.organisationId, user.agentId) : null;
    const { hasPassword: _hasPassword, organisationId: _organisationId, disabledAt: _disabledAt, ...visible } = user;
    return {
      ...visible,
      effectiveTimeZone: user.displayTimeZone ?? agent?.timeZone ?? organisation?.timeZone ?? "UTC",
      organisationName: organisation?.name ?? "",
    };
  };
}
