import type { Logger } from "pino";
import type { Config } from "../../config";
import { emlDirectoryMailer } from "./eml-directory-mailer";
import { smtpTransport, type MailTransport } from "./mail-transport";

/** One message to one person. `text` may carry a secret (an invitation link): only `to` and `subject` may be logged. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Where outgoing mail goes: the port a deployment's mail server plugs into. `send` does not throw; a
 * transport logs its own failures, because every message we send is also shown where it was made
 * (an invitation's link is on the People page and printed by the CLI).
 */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

/** Without a transport: the log says that a message was not sent, never what it said. */
export const logOnlyMailer = (logger: Logger): Mailer => ({
  async send({ to, subject }) {
    logger.info({ mailTo: to, subject }, `"${subject}" for ${to} not sent: no mail transport configured`);
  },
});

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
export const createMailer = (config: Pick<Config, "mailDirectory" | "mailFrom"> & Partial<Pick<Config, "smtpUrl">>, logger: Logger): Mailer => {
  if (config.smtpUrl) return loggingMailer(smtpTransport(config.smtpUrl, config.mailFrom), logger);
  return config.mailDirectory ? emlDirectoryMailer(config.mailDirectory, config.mailFrom, logger) : logOnlyMailer(logger);
};
