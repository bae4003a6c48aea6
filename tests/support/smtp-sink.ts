import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A message the sink accepted (answered 250): its recipient and the change set it is about. */
export interface ReceivedMail {
  to: string;
  changeSetId: string | null;
  subject: string;
}

export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  /** Messages read but never answered (their sender was stopped waiting for the reply). */
  held: ReceivedMail[];
  /** From now on, every message is read but never answered: its sender waits for the reply. */
  holdAll(): void;
  /** Answers messages again (held ones stay unanswered: their sender is gone). */
  release(): void;
  close(): Promise<void>;
}

const headerOf = (raw: string, name: string) =>
  new RegExp(`^${name}:\\s*(.+)$`, "im").exec(raw.split(/\r?\n\r?\n/)[0] ?? "")?.[1]?.trim() ?? null;

/**
 * A real SMTP server (the smtp-server package) on 127.0.0.1 without TLS or AUTH, keeping what it
 * accepted. Holding replies lets a test stop a sender at a known point: mid-send, before the reply
 * that would let it record the message as sent.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const held: ReceivedMail[] = [];
  let isHolding = false;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const to = session.envelope.rcptTo.map((address) => address.address).join(",");
        const mail = {
          to,
          changeSetId: headerOf(raw, "X-Shiftcast-Change-Set"),
          subject: headerOf(raw, "Subject") ?? "",
        };
        if (isHolding) {
          held.push(mail);
          return;
        }
        received.push(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    held,
    holdAll: () => void (isHolding = true),
    release: () => void (isHolding = false),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
