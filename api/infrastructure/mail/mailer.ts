import type { Logger } from "pino";
import type { Config } from "../../config";
import { emlDirectoryMailer } from "./eml-directory-mailer";

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

/** .eml files in SHIFTCAST_MAIL_DIRECTORY when it is set, else the log only. */
export const createMailer = (config: Pick<Config, "mailDirectory" | "mailFrom">, logger: Logger): Mailer =>
  config.mailDirectory ? emlDirectoryMailer(config.mailDirectory, config.mailFrom, logger) : logOnlyMailer(logger);
