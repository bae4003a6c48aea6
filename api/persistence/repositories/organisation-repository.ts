import type { DataSource, EntityManager } from "typeorm";
import type { Organisation } from "../../domain/organisation/organisation";
import { OrganisationEntity } from "../entities/organisation.entity";

const toOrganisation = (entity: OrganisationEntity): Organisation => ({
  id: entity.id,
  name: entity.name,
  timeZone: entity.timeZone,
  noticeWindowDays: entity.noticeWindowDays,
  predictabilityPremiumMinutes: entity.predictabilityPremiumMinutes,
});

export function createOrganisationRepository(database: DataSource | EntityManager) {
  const repository = database.getRepository(OrganisationEntity);
  return {
    /** The oldest organisation: the one a single-tenant install (and the system actor) works in. */
    async findDefault(): Promise<Organisation | null> {
      const [first] = await repository.find({ order: { createdAt: "ASC", id: "ASC" }, take: 1 });
      return first ? toOrganisation(first) : null;
    },
    async findById(id: string): Promise<Organisation | null> {
      const entity = await repository.findOneBy({ id });
      return entity ? toOrganisation(entity) : null;
    },
    async create(
      draft: Pick<Organisation, "name" | "timeZone"> &
        Partial<Pick<Organisation, "noticeWindowDays" | "predictabilityPremiumMinutes">>,
    ): Promise<Organisation> {
      return toOrganisation(await repository.save(repository.create(draft)));
    },
  };
}

export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;
