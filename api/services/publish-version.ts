import { diffShifts, sequencesOnPublish } from "../domain/schedule/publish-diff";
import type { Schedule, ScheduleVersion } from "../domain/schedule/schedule";
import { conflict, notFound } from "../http/errors";
import type { Repositories } from "../persistence/repositories";

/**
 * Publishes a draft inside a transaction that holds the schedule's row lock: shifts continuing a
 * published one get a higher iCal SEQUENCE, the difference from the published version is recorded
 * with who and when, and the version becomes the published one. The one path every publish takes
 * (a planner's publish, an accepted repair).
 */
export async function publishVersionIn(transaction: Repositories, schedule: Schedule, number: number, publishedBy: string, now: Date): Promise<{ schedule: Schedule; version: ScheduleVersion }> {
  const version = await transaction.schedules.findVersion(schedule.id, number);
  if (!version) throw notFound("Schedule version");
  if (version.status !== "draft") throw conflict("This version is already published");
  const previousVersion = schedule.publishedVersionId ? await transaction.schedules.findVersionById(schedule.publishedVersionId) : null;
  const previous = previousVersion ? await transaction.schedules.listShifts(previousVersion.id) : [];
  const next = await transaction.schedules.listShifts(version.id);
  await transaction.schedules.setSequences(sequencesOnPublish(previous, next));
  await transaction.schedules.markPublished(version.id, publishedBy, now, diffShifts(previous, next, previousVersion?.number ?? null));
  await transaction.schedules.setPublishedVersion(schedule.id, version.id);
  return { schedule: { ...schedule, publishedVersionId: version.id }, version: (await transaction.schedules.findVersionById(version.id))! };
}
