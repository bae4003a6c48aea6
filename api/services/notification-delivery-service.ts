import type { Logger } from "pino";
import type { MailTransport } from "../infrastructure/mail/mail-transport";
import type { Persistence } from "../persistence/repositories";
import type { PendingEmail } from "../persistence/repositories/notification-repository";

/** Messages sent at once by one delivery (each holds a database connection while its SMTP exchange runs). */
const concurrentSends = 4;

export interface DeliveryOutcome {
  sent: number;
  /** Claimed meanwhile by another delivery (a retry, a sweep, another worker). */
  skipped: number;
}

/**
 * Sends a change set's e-mails exactly once per (agent, change set): each message is claimed (the
 * delivery row, unique per agent, change set and channel) and sent in ONE transaction. A worker that
 * dies mid-send never commits its claim, so the message is sent again by the next delivery; a message
 * whose claim committed is never sent again. (The only double send left is a death after the SMTP
 * server accepted a message and before the commit: SMTP has no way to ask whether it already has one.)
 * A failed send rolls its claim back and rejects the whole delivery, so the job queue retries it.
 */
export function createNotificationDeliveryService(
  persistence: Persistence,
  transport: MailTransport,
  workerName: string,
  logger: Logger,
) {
  async function sendOne(email: PendingEmail): Promise<boolean> {
    return persistence.inTransaction(async (transaction) => {
      if (!(await transaction.notifications.claimEmail(email, workerName))) return false;
      await transport.deliver({
        to: email.to,
        subject: email.subject,
        text: email.text,
        headers: { "X-Shiftcast-Change-Set": email.changeSetId },
      });
      return true;
    });
  }

  return {
    /** The change set's unclaimed e-mails, for `agentIds` (a chunk of a big change set) or, with null, for all. */
    async deliver(changeSetId: string, agentIds: string[] | null): Promise<DeliveryOutcome> {
      const pending = await persistence.repositories.notifications.pendingEmails(changeSetId, agentIds);
      const outcome: DeliveryOutcome = { sent: 0, skipped: 0 };
      const failures: unknown[] = [];
      let next = 0;
      const lane = async () => {
        while (next < pending.length) {
          const email = pending[next++]!;
          try {
            if (await sendOne(email)) outcome.sent += 1;
            else outcome.skipped += 1;
          } catch (error) {
            failures.push(error);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrentSends, pending.length) }, lane));
      logger.info({ changeSetId, ...outcome, failed: failures.length }, "change notifications delivered");
      if (failures.length > 0)
        throw new AggregateError(
          failures,
          `${failures.length} of ${pending.length} notification e-mails of change set ${changeSetId} were not sent`,
        );
      return outcome;
    },
    /** Change sets with e-mail left unclaimed that were made before `before` (lost jobs, a crash before the enqueue). */
    pendingChangeSets: (before: Date) => persistence.repositories.notifications.changeSetsWithPendingEmail(before),
  };
}

export type NotificationDeliveryService = ReturnType<typeof createNotificationDeliveryService>;
