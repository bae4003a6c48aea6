import type { DataSource, EntityManager } from "typeorm";
import type { User } from "../../domain/access/user";
import { UserEntity } from "../entities/user.entity";

const toUser = (entity: UserEntity): User => ({
  id: entity.id,
  organisationId: entity.organisationId,
  email: entity.email,
  displayName: entity.displayName,
  role: entity.role,
  vendor: entity.vendor,
  agentId: entity.agentId,
  displayTimeZone: entity.displayTimeZone,
  hasPassword: entity.passwordHash !== null,
  disabledAt: entity.disabledAt?.toISOString() ?? null,
});

export function createUserRepository(database: DataSource | EntityManager) {
  const users = database.getRepository(UserEntity);
  return {
    async findById(id: string): Promise<User | null> {
      const entity = await users.findOneBy({ id });
      return entity ? toUser(entity) : null;
    },
    /** The user and their password hash, for signing in only. */
    async findCredentials(email: string): Promise<{ user: User; passwordHash: string | null } | null> {
      const entity = await users.findOneBy({ email });
      return entity ? { user: toUser(entity), passwordHash: entity.passwordHash } : null;
    },
    async list(organisationId: string, vendor: string | null): Promise<User[]> {
      const where = vendor === null ? { organisationId } : { organisationId, vendor };
      return (await users.find({ where, order: { displayName: "ASC" } })).map(toUser);
    },
    async create(
      draft: Omit<User, "id" | "hasPassword" | "disabledAt"> & { passwordHash: string | null },
    ): Promise<User> {
      return toUser(await users.save(users.create(draft)));
    },
    async setPassword(id: string, passwordHash: string): Promise<void> {
      await users.update({ id }, { passwordHash });
    },
    async setDisabledAt(id: string, disabledAt: Date | null): Promise<void> {
      await users.update({ id }, { disabledAt });
    },
    async setDisplayTimeZone(id: string, displayTimeZone: string | null): Promise<void> {
      await users.update({ id }, { displayTimeZone });
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
