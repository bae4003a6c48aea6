import type { DataSource, EntityManager } from "typeorm";
import type {
  ChangeNote,
  ChangeSet,
  ChangeSetInput,
  ChangeSetKind,
  LedgerShift,
  ShiftChange,
} from "../../domain/ledger/change-set";
import { startOfChange } from "../../domain/ledger/change-set";

/** A ledger row as read back: the change with its change set's when and who. */
export interface LedgerChangeRow extends ShiftChange {
  changeSetId: string;
  startUtc: string;
}

export interface ChangeFilter {
  changeSetId?: string;
  agentIds?: string[];
  /** Changes whose shift starts in [from, to). */
  from?: Date;
  to?: Date;
}

interface ChangeSetRecord {
  id: string;
  organisation_id: string;
  schedule_id: string;
  version_id: string | null;
  kind: ChangeSetKind;
  reason_code: string | null;
  note: string | null;
  created_by: string;
  created_at: Date;
  notes: ChangeNote[] | null;
}

const toChangeSet = (row: ChangeSetRecord): ChangeSet => ({
  id: row.id,
  organisationId: row.organisation_id,
  scheduleId: row.schedule_id,
  versionId: row.version_id,
  kind: row.kind,
  reasonCode: row.reason_code,
  note: row.note,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
  notes: row.notes ?? [],
});

/**
 * The append-only change ledger in plain SQL: rows are only ever inserted (the database refuses
 * UPDATE and DELETE by trigger), and the per-shift rows of a 2,000-agent publish go in as one
 * statement over a JSON array instead of one INSERT each.
 */
export function createScheduleLedgerRepository(database: DataSource | EntityManager) {
  return {
    async appendChangeSet(input: ChangeSetInput): Promise<ChangeSet> {
      const [row] = (await database.query(
        `INSERT INTO "schedule_change_sets" ("organisation_id", "schedule_id", "version_id", "kind", "reason_code", "note", "created_by")
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING "id", "organisation_id", "schedule_id", "version_id", "kind", "reason_code", "note", "created_by", "created_at", NULL::jsonb AS "notes"`,
        [
          input.organisationId,
          input.scheduleId,
          input.versionId,
          input.kind,
          input.reasonCode,
          input.note,
          input.createdBy,
        ],
      )) as ChangeSetRecord[];
      const changeSet = toChangeSet(row!);
      if (input.changes.length > 0) {
        const rows = input.changes.map((change) => ({
          agent_id: change.agentId,
          shift_key: change.shiftKey,
          change: change.change,
          starts_at: startOfChange(change),
          before: change.before,
          after: change.after,
        }));
        await database.query(
          `INSERT INTO "schedule_changes" ("change_set_id", "agent_id", "shift_key", "change", "starts_at", "before", "after")
           SELECT $1, r."agent_id", r."shift_key", r."change", r."starts_at", r."before", r."after"
             FROM jsonb_to_recordset($2::jsonb) AS r("agent_id" uuid, "shift_key" uuid, "change" text, "starts_at" timestamptz, "before" jsonb, "after" jsonb)`,
          [changeSet.id, JSON.stringify(rows)],
        );
      }
      return changeSet;
    },
    async addNote(changeSetId: string, note: string, createdBy: string): Promise<void> {
      await database.query(
        `INSERT INTO "schedule_change_notes" ("change_set_id", "note", "created_by") VALUES ($1, $2, $3)`,
        [changeSetId, note, createdBy],
      );
    },
    /** A schedule's change sets, oldest first, each with its later notes. */
    async listChangeSets(scheduleId: string): Promise<ChangeSet[]> {
      const rows = (await database.query(
        `SELECT s."id", s."organisation_id", s."schedule_id", s."version_id", s."kind", s."reason_code", s."note", s."created_by", s."created_at",
                (SELECT jsonb_agg(jsonb_build_object('note', n."note", 'createdBy', n."created_by", 'createdAt', to_char(n."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY n."created_at", n."id")
                   FROM "schedule_change_notes" n WHERE n."change_set_id" = s."id") AS "notes"
           FROM "schedule_change_sets" s WHERE s."schedule_id" = $1
          ORDER BY s."created_at", s."id"`,
        [scheduleId],
      )) as ChangeSetRecord[];
      return rows.map(toChangeSet);
    },
    async listChanges(scheduleId: string, filter: ChangeFilter = {}): Promise<LedgerChangeRow[]> {
      const rows = (await database.query(
        `SELECT c."change_set_id", c."agent_id", c."shift_key", c."change", c."starts_at", c."before", c."after"
           FROM "schedule_changes" c JOIN "schedule_change_sets" s ON s."id" = c."change_set_id"
          WHERE s."schedule_id" = $1
            AND ($2::uuid IS NULL OR c."change_set_id" = $2)
            AND ($3::uuid[] IS NULL OR c."agent_id" = ANY($3))
            AND ($4::timestamptz IS NULL OR c."starts_at" >= $4)
            AND ($5::timestamptz IS NULL OR c."starts_at" < $5)
          ORDER BY s."created_at", s."id", c."starts_at", c."agent_id", c."shift_key"`,
        [scheduleId, filter.changeSetId ?? null, filter.agentIds ?? null, filter.from ?? null, filter.to ?? null],
      )) as Array<{
        change_set_id: string;
        agent_id: string;
        shift_key: string;
        change: ShiftChange["change"];
        starts_at: Date;
        before: LedgerShift | null;
        after: LedgerShift | null;
      }>;
      return rows.map((row) => ({
        changeSetId: row.change_set_id,
        agentId: row.agent_id,
        shiftKey: row.shift_key,
        change: row.change,
        startUtc: row.starts_at.toISOString(),
        before: row.before,
        after: row.after,
      }));
    },
    /**
     * Shifts of an agent that a change removed and no published version of the organisation holds now,
     * starting in [from, to), with the last side they were published with: what a calendar must cancel.
     */
    async listCancelledShifts(
      organisationId: string,
      agentId: string,
      from: Date,
      to: Date,
    ): Promise<Array<{ shiftKey: string; before: LedgerShift; cancelledAt: string }>> {
      const rows = (await database.query(
        `SELECT DISTINCT ON (c."shift_key") c."shift_key", c."before", s."created_at"
           FROM "schedule_changes" c JOIN "schedule_change_sets" s ON s."id" = c."change_set_id"
          WHERE s."organisation_id" = $1 AND c."agent_id" = $2 AND c."change" = 'removed' AND c."starts_at" < $4 AND c."starts_at" >= $3
            AND NOT EXISTS (
              SELECT 1 FROM "schedule_shifts" p JOIN "schedules" sc ON sc."published_version_id" = p."version_id"
               WHERE p."shift_key" = c."shift_key" AND p."agent_id" = $2)
          ORDER BY c."shift_key", s."created_at" DESC`,
        [organisationId, agentId, from, to],
      )) as Array<{ shift_key: string; before: LedgerShift; created_at: Date }>;
      return rows.map((row) => ({
        shiftKey: row.shift_key,
        before: row.before,
        cancelledAt: row.created_at.toISOString(),
      }));
    },
  };
}

export type ScheduleLedgerRepository = ReturnType<typeof createScheduleLedgerRepository>;
