import { createTransport } from "nodemailer";
import type { Mailer, OutgoingMail } from "./mailer";

/** A message that may carry headers of its own (a delivery's idempotency key). */
export interface TransportMail extends OutgoingMail {
  headers?: Record<string, string>;
}

/**
 * A transport that says when it failed: `deliver` rejects when the message was not accepted, so the
 * job that sends it is retried (unlike Mailer.send, which logs and carries on).
 */
export interface MailTransport {
  deliver(mail: TransportMail): Promise<void>;
  close(): void;
}

/**
 * Nodemailer over SMTP (`smtp://host:port`, `smtps://user:pass@host:465`), pooled: a few connections
 * kept open and reused, so 2,000 messages do not open 2,000 sessions.
 */
export function smtpTransport(url: string, from: string): MailTransport {
  const transport = createTransport({ url, pool: true, maxConnections: 4, maxMessages: Infinity } as Parameters<
    typeof createTransport
  >[0]);
  return {
    async deliver(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers });
    },
    close: () => transport.close(),
  };
}

/** The configured Mailer (the .eml directory or the log) as a transport, for a deployment without SMTP. */
export const mailerTransport = (mailer: Mailer): MailTransport => ({
  deliver: (mail) => mailer.send(mail),
  close: () => undefined,
});

/** What notification e-mails go through: SMTP when SHIFTCAST_SMTP_URL is set, else the configured Mailer. */
export const createMailTransport = (
  config: { smtpUrl: string | undefined; mailFrom: string },
  fallback: Mailer,
): MailTransport => (config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : mailerTransport(fallback));
