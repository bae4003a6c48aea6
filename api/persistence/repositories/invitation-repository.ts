import { IsNull, MoreThan } from "typeorm";
import type { DataSource, EntityManager } from "typeorm";
import type { Role } from "../../domain/access/role";
import { InvitationEntity } from "../entities/invitation.entity";

export interface Invitation {
  id: string;
  organisationId: string;
  email: string;
  displayName: string;
  role: Role;
  vendor: string | null;
  agentId: string | null;
  expiresAt: string;
}

const toInvitation = (entity: InvitationEntity): Invitation => ({
  id: entity.id,
  organisationId: entity.organisationId,
  email: entity.email,
  displayName: entity.displayName,
  role: entity.role,
  vendor: entity.vendor,
  agentId: entity.agentId,
  expiresAt: entity.expiresAt.toISOString(),
});

export function createInvitationRepository(database: DataSource | EntityManager) {
  const invitations = database.getRepository(InvitationEntity);
  return {
    async create(
      draft: Omit<Invitation, "id" | "expiresAt"> & { tokenHash: string; createdBy: string | null; expiresAt: Date },
    ): Promise<Invitation> {
      return toInvitation(await invitations.save(invitations.create(draft)));
    },
    async findOpen(tokenHash: string, now: Date): Promise<Invitation | null> {
      const entity = await invitations.findOneBy({ tokenHash, acceptedAt: IsNull(), expiresAt: MoreThan(now) });
      return entity ? toInvitation(entity) : null;
    },
    /** Marks it accepted; false when someone else accepted it first. */
    async markAccepted(id: string, now: Date): Promise<boolean> {
      const result = await invitations.update({ id, acceptedAt: IsNull() }, { acceptedAt: now });
      return (result.affected ?? 0) > 0;
    },
  };
}

export type InvitationRepository = ReturnType<typeof createInvitationRepository>;
