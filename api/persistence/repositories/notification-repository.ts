import type { DataSource, EntityManager } from "typeorm";
import type { MessageShift } from "../../domain/ledger/change-message";

export interface NotificationPreferences {
  isInApp: boolean;
  isEmail: boolean;
}

/** Both channels on until the agent says otherwise. */
export const defaultPreferences: NotificationPreferences = { isInApp: true, isEmail: true };

/** Who a change set's message goes to: the agent's address, the zone they read times in, their channels. */
export interface Recipient {
  agentId: string;
  email: string;
  zone: string;
  preferences: NotificationPreferences;
}

export interface NotificationDraft {
  organisationId: string;
  agentId: string;
  changeSetId: string;
  subject: string;
  body: string;
  shifts: MessageShift[];
  isEmailWanted: boolean;
  isInApp: boolean;
}

export interface StoredNotification {
  id: string;
  changeSetId: string;
  subject: string;
  body: string;
  shifts: MessageShift[];
  createdAt: string;
  readAt: string | null;
}

/** A message whose e-mail is wanted and not yet claimed by any delivery. */
export interface PendingEmail {
  agentId: string;
  changeSetId: string;
  to: string;
  subject: string;
  text: string;
}

/** Notifications (the in-app channel and the source of every other), their deliveries and the agents' channels. */
export function createNotificationRepository(database: DataSource | EntityManager) {
  return {
    async recipients(organisationId: string, agentIds: string[]): Promise<Recipient[]> {
      if (agentIds.length === 0) return [];
      const rows = (await database.query(
        `SELECT a."id", a."email", COALESCE((SELECT u."display_time_zone" FROM "users" u WHERE u."agent_id" = a."id" AND u."display_time_zone" IS NOT NULL ORDER BY u."created_at" LIMIT 1), a."time_zone") AS "zone",
                p."is_in_app", p."is_email"
           FROM "agents" a LEFT JOIN "notification_preferences" p ON p."agent_id" = a."id"
          WHERE a."organisation_id" = $1 AND a."id" = ANY($2::uuid[])`,
        [organisationId, agentIds],
      )) as Array<{ id: string; email: string; zone: string; is_in_app: boolean | null; is_email: boolean | null }>;
      return rows.map((row) => ({
        agentId: row.id,
        email: row.email,
        zone: row.zone,
        preferences: {
          isInApp: row.is_in_app ?? defaultPreferences.isInApp,
          isEmail: row.is_email ?? defaultPreferences.isEmail,
        },
      }));
    },
    async insertMany(drafts: NotificationDraft[]): Promise<void> {
      if (drafts.length === 0) return;
      const rows = drafts.map((draft) => ({
        organisation_id: draft.organisationId,
        agent_id: draft.agentId,
        change_set_id: draft.changeSetId,
        subject: draft.subject,
        body: draft.body,
        shifts: draft.shifts,
        is_email_wanted: draft.isEmailWanted,
        is_in_app: draft.isInApp,
      }));
      await database.query(
        `INSERT INTO "notifications" ("organisation_id", "agent_id", "change_set_id", "subject", "body", "shifts", "is_email_wanted", "is_in_app")
         SELECT r."organisation_id", r."agent_id", r."change_set_id", r."subject", r."body", r."shifts", r."is_email_wanted", r."is_in_app"
           FROM jsonb_to_recordset($1::jsonb) AS r("organisation_id" uuid, "agent_id" uuid, "change_set_id" uuid, "subject" text, "body" text, "shifts" jsonb, "is_email_wanted" boolean, "is_in_app" boolean)`,
        [JSON.stringify(rows)],
      );
    },
    async listInApp(agentId: string, limit: number): Promise<StoredNotification[]> {
      const rows = (await database.query(
        `SELECT "id", "change_set_id", "subject", "body", "shifts", "created_at", "read_at" FROM "notifications"
          WHERE "agent_id" = $1 AND "is_in_app" ORDER BY "created_at" DESC, "id" LIMIT $2`,
        [agentId, limit],
      )) as Array<{
        id: string;
        change_set_id: string;
        subject: string;
        body: string;
        shifts: MessageShift[];
        created_at: Date;
        read_at: Date | null;
      }>;
      return rows.map((row) => ({
        id: row.id,
        changeSetId: row.change_set_id,
        subject: row.subject,
        body: row.body,
        shifts: row.shifts,
        createdAt: row.created_at.toISOString(),
        readAt: row.read_at?.toISOString() ?? null,
      }));
    },
    async unreadCount(agentId: string): Promise<number> {
      const [row] = (await database.query(
        `SELECT count(*)::int AS "count" FROM "notifications" WHERE "agent_id" = $1 AND "is_in_app" AND "read_at" IS NULL`,
        [agentId],
      )) as Array<{ count: number }>;
      return row!.count;
    },
    /** Marks one notification (or, with `id` null, all of them) read; answers how many were unread. */
    async markRead(agentId: string, id: string | null, at: Date): Promise<number> {
      const [, affected] = (await database.query(
        `UPDATE "notifications" SET "read_at" = $3 WHERE "agent_id" = $1 AND ($2::uuid IS NULL OR "id" = $2) AND "read_at" IS NULL`,
        [agentId, id, at],
      )) as [unknown, number];
      return affected;
    },
    async exists(agentId: string, id: string): Promise<boolean> {
      return (
        (
          (await database.query(`SELECT 1 FROM "notifications" WHERE "agent_id" = $1 AND "id" = $2`, [
            agentId,
            id,
          ])) as unknown[]
        ).length > 0
      );
    },
    async preferences(agentId: string): Promise<NotificationPreferences> {
      const [row] = (await database.query(
        `SELECT "is_in_app", "is_email" FROM "notification_preferences" WHERE "agent_id" = $1`,
        [agentId],
      )) as Array<{ is_in_app: boolean; is_email: boolean }>;
      return row ? { isInApp: row.is_in_app, isEmail: row.is_email } : defaultPreferences;
    },
    async setPreferences(agentId: string, preferences: NotificationPreferences, at: Date): Promise<void> {
      await database.query(
        `INSERT INTO "notification_preferences" ("agent_id", "is_in_app", "is_email", "updated_at") VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT "notification_preferences_pkey" DO UPDATE SET "is_in_app" = EXCLUDED."is_in_app", "is_email" = EXCLUDED."is_email", "updated_at" = EXCLUDED."updated_at"`,
        [agentId, preferences.isInApp, preferences.isEmail, at],
      );
    },
    /** The e-mails of a change set (for some of its agents, or all) that no delivery has claimed yet. */
    async pendingEmails(changeSetId: string, agentIds: string[] | null): Promise<PendingEmail[]> {
      const rows = (await database.query(
        `SELECT n."agent_id", n."change_set_id", a."email", n."subject", n."body" FROM "notifications" n JOIN "agents" a ON a."id" = n."agent_id"
          WHERE n."change_set_id" = $1 AND n."is_email_wanted" AND ($2::uuid[] IS NULL OR n."agent_id" = ANY($2))
            AND NOT EXISTS (SELECT 1 FROM "notification_deliveries" d WHERE d."agent_id" = n."agent_id" AND d."change_set_id" = n."change_set_id" AND d."channel" = 'email')
          ORDER BY n."agent_id"`,
        [changeSetId, agentIds],
      )) as Array<{ agent_id: string; change_set_id: string; email: string; subject: string; body: string }>;
      return rows.map((row) => ({
        agentId: row.agent_id,
        changeSetId: row.change_set_id,
        to: row.email,
        subject: row.subject,
        text: row.body,
      }));
    },
    /**
     * Claims the e-mail of (agent, change set): true when this transaction inserted the delivery row.
     * A second claimer waits on the unique key until the first commits (then gets false) or rolls back
     * (then gets true), so two workers never both send.
     */
    async claimEmail(email: PendingEmail, deliveredBy: string): Promise<boolean> {
      const rows = (await database.query(
        `INSERT INTO "notification_deliveries" ("agent_id", "change_set_id", "channel", "recipient", "delivered_by") VALUES ($1, $2, 'email', $3, $4)
         ON CONFLICT ON CONSTRAINT "notification_deliveries_pkey" DO NOTHING RETURNING 1`,
        [email.agentId, email.changeSetId, email.to, deliveredBy],
      )) as unknown[];
      return rows.length === 1;
    },
    /** Change sets with e-mail still unclaimed, made before `before`: what a sweep sends to the queue again. */
    async changeSetsWithPendingEmail(before: Date): Promise<string[]> {
      const rows = (await database.query(
        `SELECT DISTINCT n."change_set_id" FROM "notifications" n
          WHERE n."is_email_wanted" AND n."created_at" < $1
            AND NOT EXISTS (SELECT 1 FROM "notification_deliveries" d WHERE d."agent_id" = n."agent_id" AND d."change_set_id" = n."change_set_id" AND d."channel" = 'email')`,
        [before],
      )) as Array<{ change_set_id: string }>;
      return rows.map((row) => row.change_set_id);
    },
  };
}

export type NotificationRepository = ReturnType<typeof createNotificationRepository>;
