import type { Logger } from "pino";
import type { Config } from "../../config";
import { emlDirectoryMailer } from "./eml-directory-mailer";
import { logOnlyMailer, type Mailer } from "./mailer";

/** .eml files in SHIFTCAST_MAIL_DIRECTORY when it is set, else the log only. */
export const createMailer = (config: Pick<Config, "mailDirectory" | "mailFrom">, logger: Logger): Mailer =>
  config.mailDirectory ? emlDirectoryMailer(config.mailDirectory, config.mailFrom, logger) : logOnlyMailer(logger);
