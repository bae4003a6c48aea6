import type { Organisation } from "../domain/organisation/organisation";
import { serviceUnavailable } from "../errors/app-errors";
import type { OrganisationRepository } from "../persistence/repositories/organisation-repository";
import { systemActor, type Actor } from "./actor";

const cacheMilliseconds = 5_000;

/**
 * Resolves who acts for a request. Until accounts exist every request acts as the system in the
 * install's organisation; the answer is cached for a few seconds (losing it costs one query).
 */
export function createOrganisationContext(organisations: OrganisationRepository, clock: () => Date) {
  let cached: { organisation: Organisation; until: number } | undefined;
  return {
    async actorForRequest(): Promise<Actor> {
      const now = clock().getTime();
      if (!cached || cached.until < now) {
        const organisation = await organisations.findDefault();
        if (!organisation)
          throw serviceUnavailable("No organisation exists yet: run `npm run cli -- seed` or start with the demo seed");
        cached = { organisation, until: now + cacheMilliseconds };
      }
      return systemActor(cached.organisation.id);
    },
  };
}
