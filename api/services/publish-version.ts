import { publishChanges } from "../domain/ledger/publish-changes";
import { diffShifts, sequencesOnPublish } from "../domain/schedule/publish-diff";
import type { Schedule, ScheduleVersion } from "../domain/schedule/schedule";
import { conflict, notFound } from "../errors/app-errors";
import type { Repositories } from "../persistence/repositories";
import type { AppendedChangeSet, ScheduleLedgerService } from "./schedule-ledger-service";

/** Who publishes, when and why: the change set the publish appends to the ledger. */
export interface PublishReason {
  kind: "publish" | "repair";
  organisationId: string;
  publishedBy: string;
  now: Date;
  reasonCode: string | null;
  note: string | null;
}

/**
 * Publishes a draft inside a transaction that holds the schedule's row lock: shifts continuing a
 * published one get a higher iCal SEQUENCE, the difference from the published version is recorded
 * with who and when and appended to the change ledger (the first publish too: it posts every shift),
 * and the version becomes the published one. The one path every publish takes (a planner's publish,
 * an accepted repair); the caller announces `appended` after the commit.
 */
export async function publishVersionIn(
  transaction: Repositories,
  ledger: Pick<ScheduleLedgerService, "appendChangeSet">,
  schedule: Schedule,
  number: number,
  reason: PublishReason,
): Promise<{ schedule: Schedule; version: ScheduleVersion; appended: AppendedChangeSet }> {
  const version = await transaction.schedules.findVersion(schedule.id, number);
  if (!version) throw notFound("Schedule version");
  if (version.status !== "draft") throw conflict("This version is already published");
  const previousVersion = schedule.publishedVersionId
    ? await transaction.schedules.findVersionById(schedule.publishedVersionId)
    : null;
  const previous = previousVersion ? await transaction.schedules.listShifts(previousVersion.id) : [];
  const next = await transaction.schedules.listShifts(version.id);
  const sequences = sequencesOnPublish(previous, next);
  const diff = diffShifts(previous, next, previousVersion?.number ?? null);
  await transaction.schedules.setSequences(sequences);
  await transaction.schedules.markPublished(version.id, reason.publishedBy, reason.now, diff);
  await transaction.schedules.setPublishedVersion(schedule.id, version.id);
  const appended = await ledger.appendChangeSet(transaction, {
    organisationId: reason.organisationId,
    scheduleId: schedule.id,
    versionId: version.id,
    kind: reason.kind,
    reasonCode: reason.reasonCode,
    note: reason.note,
    createdBy: reason.publishedBy,
    changes: publishChanges(diff, previous, next, sequences),
  });
  return {
    schedule: { ...schedule, publishedVersionId: version.id },
    version: (await transaction.schedules.findVersionById(version.id))!,
    appended,
  };
}
