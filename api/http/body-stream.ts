import type { Request } from "express";
import { payloadTooLarge, requestAborted, unreadableBody } from "./edge-errors";

const readableCharsets = new Set(["utf-8", "utf8", "us-ascii"]);

/** The content-type parameters body-parser checked for us: the file is read as UTF-8 bytes, uncompressed. */
function assertReadable(request: Request): void {
  const encoding = (request.headers["content-encoding"] ?? "identity").toLowerCase();
  if (encoding !== "identity")
    throw unreadableBody(`The body must be sent uncompressed (Content-Encoding ${encoding} is not read)`);
  const charset = /;\s*charset="?([^";]+)"?/i.exec(request.headers["content-type"] ?? "")?.[1]?.toLowerCase();
  if (charset !== undefined && !readableCharsets.has(charset))
    throw unreadableBody(`The body must be UTF-8 (charset ${charset} is not read)`);
}

/**
 * The request body as it arrives, for an endpoint that streams it into a worker instead of letting
 * a body parser hold it whole. A Content-Length over `limitBytes` is refused before a byte is read;
 * a chunked body is counted and refused (413) as soon as it passes the limit, so at most the limit
 * plus one socket read is ever taken from the client. Stopping early does not destroy the request:
 * the response must still be sent on its socket (Node discards the unread rest once it is).
 */
export async function* limitedBody(request: Request, limitBytes: number): AsyncGenerator<Buffer> {
  assertReadable(request);
  const declaredBytes = Number(request.headers["content-length"] ?? 0);
  if (declaredBytes > limitBytes) throw payloadTooLarge(`${limitBytes} bytes`);
  let receivedBytes = 0;
  let isDone = false;
  const chunks = request.iterator({ destroyOnReturn: false }) as AsyncIterator<Buffer>;
  try {
    for (;;) {
      const next = await chunks.next().catch((error: unknown) => {
        throw requestAborted((error as Error).message);
      });
      if (next.done) {
        isDone = true;
        return;
      }
      receivedBytes += next.value.length;
      if (receivedBytes > limitBytes) throw payloadTooLarge(`${limitBytes} bytes`);
      yield next.value;
    }
  } finally {
    // Answered before the end (a file refused early, a body over the limit): the rest is dropped and
    // the connection closed after the answer, which otherwise sat half-read until Node's keep-alive
    // timeout (5 s) even after the client had gone.
    if (!isDone) {
      request.resume();
      if (!request.res?.headersSent) request.res?.setHeader("Connection", "close");
    }
  }
}
