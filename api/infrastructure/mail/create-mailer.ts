import type { Logger } from "pino";
import type { Config } from "../../config";
import { emlDirectoryMailer } from "./eml-directory-mailer";
import { smtpTransport, type MailTransport } from "./mail-transport";
import { logOnlyMailer, type Mailer } from "./mailer";

/** A transport as a Mailer: a failure is logged (who and what about, never the text), not thrown. */
const loggingMailer = (transport: MailTransport, logger: Logger): Mailer => ({
  async send(mail) {
    try {
      await transport.deliver(mail);
      logger.info({ mailTo: mail.to, subject: mail.subject }, "mail sent over SMTP");
    } catch (error) {
      logger.error({ err: error, mailTo: mail.to, subject: mail.subject }, "mail could not be sent over SMTP");
    }
  },
});

/** SMTP when SHIFTCAST_SMTP_URL is set, else .eml files in SHIFTCAST_MAIL_DIRECTORY when that is set, else the log only. */
export const createMailer = (
  config: Pick<Config, "mailDirectory" | "mailFrom"> & Partial<Pick<Config, "smtpUrl">>,
  logger: Logger,
): Mailer => {
  if (config.smtpUrl) return loggingMailer(smtpTransport(config.smtpUrl, config.mailFrom), logger);
  return config.mailDirectory
    ? emlDirectoryMailer(config.mailDirectory, config.mailFrom, logger)
    : logOnlyMailer(logger);
};
