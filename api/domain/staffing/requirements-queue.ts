import type { RequirementsQueue } from "./requirements";

type Nullable<T> = { [K in keyof T]: T[K] | null | undefined };
type OptionalSettings = Omit<RequirementsQueue, "channel" | "model" | "timeZone" | "shrinkage" | "businessHours">;

/** A queue's settings as stored or sent (absent targets as null) → the engine's settings (absent as undefined). */
export function requirementsQueueOf(
  settings: Pick<RequirementsQueue, "channel" | "model" | "timeZone" | "shrinkage" | "businessHours"> &
    Nullable<OptionalSettings>,
): RequirementsQueue {
  return {
    channel: settings.channel,
    model: settings.model,
    timeZone: settings.timeZone,
    targetServiceLevel: settings.targetServiceLevel ?? undefined,
    targetAnswerSeconds: settings.targetAnswerSeconds ?? undefined,
    targetAsaSeconds: settings.targetAsaSeconds ?? undefined,
    shrinkage: settings.shrinkage,
    maxOccupancy: settings.maxOccupancy ?? undefined,
    patienceSeconds: settings.patienceSeconds ?? undefined,
    concurrency: settings.concurrency ?? undefined,
    targetResponseHours: settings.targetResponseHours ?? undefined,
    targetResponseFraction: settings.targetResponseFraction ?? undefined,
    businessHours: settings.businessHours,
  };
}
