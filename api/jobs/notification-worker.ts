import { hostname } from "node:os";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { createMailTransport, type MailTransport } from "../infrastructure/mail/mail-transport";
import { createMailer } from "../infrastructure/mail/create-mailer";
import { createPersistence } from "../persistence/repositories";
import { createNotificationDeliveryService } from "../services/notification-delivery-service";
import type { NotificationQueue } from "./notification-queue";

/**
 * Delivers change messages from the queue in this process: e-mail over SMTP when SHIFTCAST_SMTP_URL
 * is set, else through the mail directory or the log. Answers the transport, for the caller to close.
 */
export async function startNotificationWorker(
  queue: NotificationQueue,
  dataSource: DataSource,
  logger: Logger,
  config: Pick<Config, "smtpUrl" | "mailFrom" | "mailDirectory">,
): Promise<MailTransport> {
  const transport = createMailTransport(
    config,
    createMailer({ mailDirectory: config.mailDirectory, mailFrom: config.mailFrom }, logger),
  );
  const workerName = `${hostname()}:${process.pid}`;
  await queue.startWorker(
    createNotificationDeliveryService(createPersistence(dataSource), transport, workerName, logger),
  );
  logger.info(
    { worker: workerName, transport: config.smtpUrl ? "smtp" : config.mailDirectory ? "mail directory" : "log" },
    "notification worker ready",
  );
  return transport;
}
