import type { Request } from "express";
import { payloadTooLarge } from "./errors";

/**
 * The request body as it arrives, for an endpoint that streams it into a worker instead of letting
 * a body parser hold it whole. A Content-Length over `limitBytes` is refused before a byte is read;
 * a chunked body is counted and refused (413) as soon as it passes the limit, so at most the limit
 * plus one socket read is ever taken from the client. Stopping early does not destroy the request:
 * the response must still be sent on its socket (Node discards the unread rest once it is).
 */
export async function* limitedBody(request: Request, limitBytes: number): AsyncGenerator<Buffer> {
  const declaredBytes = Number(request.headers["content-length"] ?? 0);
  if (declaredBytes > limitBytes) throw payloadTooLarge(`${limitBytes} bytes`);
  let receivedBytes = 0;
  const chunks = request.iterator({ destroyOnReturn: false }) as AsyncIterator<Buffer>;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    receivedBytes += next.value.length;
    if (receivedBytes > limitBytes) throw payloadTooLarge(`${limitBytes} bytes`);
    yield next.value;
  }
}
