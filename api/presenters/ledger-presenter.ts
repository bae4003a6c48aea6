import type { Agent } from "../domain/organisation/agent";
import type { ChangeSet } from "../domain/ledger/change-set";
import type { FairWorkweekRow } from "../domain/ledger/fair-workweek";
import type { Organisation } from "../domain/organisation/organisation";
import type { LedgerChangeRow } from "../persistence/repositories/schedule-ledger-repository";
import { writeCsv } from "../codecs/csv-output";

type AgentsById = Map<string, Pick<Agent, "id" | "name" | "email">>;

/**
 * Change sets with their shift changes, oldest first. With `isNarrowed` (a vendor manager, or a filter
 * by agent or week) a change set without any change left to show is left out.
 */
export function presentChangeSets(
  scheduleId: string,
  changeSets: ChangeSet[],
  changes: LedgerChangeRow[],
  agents: AgentsById,
  isNarrowed: boolean,
  versionNumbers: Map<string, number>,
) {
  const bySet = new Map<string, LedgerChangeRow[]>();
  for (const change of changes) bySet.set(change.changeSetId, [...(bySet.get(change.changeSetId) ?? []), change]);
  return {
    scheduleId,
    changeSets: changeSets
      .filter((set) => !isNarrowed || bySet.has(set.id))
      .map((set) => ({
        id: set.id,
        kind: set.kind,
        versionNumber: set.versionId ? (versionNumbers.get(set.versionId) ?? null) : null,
        reasonCode: set.reasonCode,
        note: set.note,
        notes: set.notes,
        createdBy: set.createdBy,
        createdAt: set.createdAt,
        changes: (bySet.get(set.id) ?? []).map((change) => ({
          agentId: change.agentId,
          agentName: agents.get(change.agentId)?.name ?? "",
          shiftKey: change.shiftKey,
          change: change.change,
          startUtc: change.startUtc,
          before: change.before,
          after: change.after,
        })),
      })),
  };
}

export function changesCsv(changeSets: ChangeSet[], changes: LedgerChangeRow[], agents: AgentsById): string {
  const setOf = new Map(changeSets.map((set) => [set.id, set]));
  const header = [
    "change_set_id",
    "changed_at",
    "changed_by",
    "kind",
    "reason_code",
    "note",
    "agent_name",
    "agent_email",
    "shift_key",
    "change",
    "before_start_utc",
    "before_end_utc",
    "after_start_utc",
    "after_end_utc",
  ];
  const rows = changes.map((change) => {
    const set = setOf.get(change.changeSetId)!;
    const agent = agents.get(change.agentId);
    return [
      set.id,
      set.createdAt,
      set.createdBy,
      set.kind,
      set.reasonCode ?? "",
      set.note ?? "",
      agent?.name ?? "",
      agent?.email ?? "",
      change.shiftKey,
      change.change,
      change.before?.startUtc ?? "",
      change.before?.endUtc ?? "",
      change.after?.startUtc ?? "",
      change.after?.endUtc ?? "",
    ];
  });
  return writeCsv(header, rows);
}

export function presentFairWorkweek(
  scheduleId: string,
  organisation: Organisation,
  rows: FairWorkweekRow[],
  agents: AgentsById,
) {
  return {
    scheduleId,
    noticeWindowDays: organisation.noticeWindowDays,
    predictabilityPremiumMinutes: organisation.predictabilityPremiumMinutes,
    rows: rows.map((row) => ({ ...row, agentName: agents.get(row.agentId)?.name ?? "" })),
  };
}

export function fairWorkweekCsv(report: ReturnType<typeof presentFairWorkweek>): string {
  const header = [
    "agent_name",
    "pay_period_start_utc",
    "pay_period_end_utc",
    "changes_inside_window",
    "changes_outside_window",
    "premium_minutes",
  ];
  return writeCsv(
    header,
    report.rows.map((row) => [
      row.agentName,
      row.payPeriodStartUtc,
      row.payPeriodEndUtc,
      row.changesInsideWindow,
      row.changesOutsideWindow,
      row.premiumMinutes,
    ]),
  );
}
