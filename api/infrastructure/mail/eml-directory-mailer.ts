import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createTransport } from "nodemailer";
import type { Logger } from "pino";
import type { Mailer } from "./mailer";

/**
 * Writes each message as an RFC 5322 file (`<uuid>.eml`, CRLF line ends, MIME-encoded by nodemailer)
 * into `directory` for a deployment's mail pickup to send: no network. A file is written under a
 * dot-name and renamed, so a pickup never reads half a message, and is readable by owner and group
 * only, as it may carry a secret link.
 */
export function emlDirectoryMailer(directory: string, from: string, logger: Logger): Mailer {
  const composer = createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(mail) {
      const file = `${randomUUID()}.eml`;
      try {
        const { message } = await composer.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
        await mkdir(directory, { recursive: true });
        const partial = join(directory, `.${file}.partial`);
        await writeFile(partial, message as Buffer, { mode: 0o640 });
        await rename(partial, join(directory, file));
        logger.info({ mailTo: mail.to, subject: mail.subject, file }, "mail written to the mail directory");
      } catch (error) {
        logger.error(
          { err: error, mailTo: mail.to, subject: mail.subject },
          "mail could not be written to the mail directory",
        );
      }
    },
  };
}
