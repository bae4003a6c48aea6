import type { MessagePort, Worker } from "node:worker_threads";

/** What a file arrives as: the whole text, its bytes, or a stream of pieces (an HTTP request, a file). */
export type ChunkedInput = AsyncIterable<Buffer | string> | string | Buffer;

const CHUNK_LENGTH = 1 << 20;

/** Keeps a surrogate pair (an emoji in a ticket subject) in one piece. */
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The input in pieces of at most a megabyte. A string is sliced (a structured clone copies a string
 * cheaply); bytes are copied into an ArrayBuffer of their own, because cloning a view would copy
 * the whole pooled buffer behind it, and that buffer is then transferred rather than copied again.
 */
async function* chunksOf(input: ChunkedInput): AsyncGenerator<string | Uint8Array> {
  if (typeof input === "string") {
    for (let offset = 0; offset < input.length;) {
      let end = Math.min(input.length, offset + CHUNK_LENGTH);
      if (end < input.length && isHighSurrogate(input.charCodeAt(end - 1))) end -= 1;
      yield input.slice(offset, end);
      offset = end;
    }
    return;
  }
  const source: AsyncIterable<Buffer | string> | Buffer[] = Buffer.isBuffer(input) ? [input] : input;
  for await (const chunk of source) {
    if (typeof chunk === "string") yield chunk;
    else
      for (let offset = 0; offset < chunk.length; offset += CHUNK_LENGTH)
        yield new Uint8Array(chunk.subarray(offset, offset + CHUNK_LENGTH));
  }
}

/**
 * Posts the input to `worker` a chunk at a time (`{ chunk }`, then `{ end: true }`), sending the
 * next only once the worker acknowledged the last (`{ ack: true }`), so at most one chunk is in
 * flight and a stream is read no faster than the worker takes it. Stops early when `outcome`
 * settles (the worker answered before the end: a file it refused). Rejects with the input's own
 * error (a body over its limit).
 */
export async function postChunks(worker: Worker, input: ChunkedInput, outcome: Promise<unknown>): Promise<void> {
  let acknowledge: (() => void) | null = null;
  const onMessage = (message: unknown) => {
    if (typeof message === "object" && message !== null && "ack" in message) acknowledge?.();
  };
  worker.on("message", onMessage);
  let isSettled = false;
  const settled = outcome.then(
    () => void (isSettled = true),
    () => void (isSettled = true),
  );
  try {
    for await (const chunk of chunksOf(input)) {
      const taken = new Promise<void>((resolve) => (acknowledge = resolve));
      worker.postMessage({ chunk }, typeof chunk === "string" ? [] : [chunk.buffer as ArrayBuffer]);
      await Promise.race([taken, settled]);
      if (isSettled) return;
    }
    worker.postMessage({ end: true });
  } finally {
    worker.off("message", onMessage);
  }
}

/** The worker's side of postChunks: the chunks as they arrive, each acknowledged once the consumer asks for the next. */
export async function* receiveChunks(port: MessagePort): AsyncGenerator<Buffer | string> {
  const waiting: Array<Uint8Array | string | null> = [];
  let wake: (() => void) | null = null;
  port.on("message", (message: { chunk: Uint8Array | string } | { end: true }) => {
    waiting.push("chunk" in message ? message.chunk : null);
    wake?.();
  });
  for (;;) {
    if (waiting.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    const chunk = waiting.shift();
    if (chunk === null || chunk === undefined) return;
    yield typeof chunk === "string" ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    port.postMessage({ ack: true });
  }
}

/**
 * Reads a stream until `thresholdBytes`: a stream that ends before is answered whole (`small`), so a
 * short file is read on the calling thread without starting a worker; a longer one is answered as a
 * stream that yields the bytes already read and then the rest (`rest`), so no more than the
 * threshold is held here.
 */
export async function smallOrRest(
  input: AsyncIterable<Buffer | string>,
  thresholdBytes: number,
): Promise<{ small: Buffer } | { rest: AsyncIterable<Buffer | string> }> {
  const iterator = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  while (headBytes < thresholdBytes) {
    const next = await iterator.next();
    if (next.done) return { small: Buffer.concat(head) };
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    headBytes += chunk.length;
  }
  async function* rest(): AsyncGenerator<Buffer> {
    try {
      yield* head.splice(0);
      for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    } finally {
      await iterator.return?.();
    }
  }
  return { rest: rest() };
}

/** What a worker fed by postChunks answers: its result, or why it refused the input (a file it cannot read). */
export type ChunkedAnswer<T> = { result: T } | { refused: string };

export interface ChunkedWork<T> {
  /** Names the worker in the error raised when it exits without answering. */
  name: string;
  /** Inputs below this many bytes (a stream that ends before it) are done on the calling thread. */
  thresholdBytes: number;
  /** The work on the calling thread, for a small input. */
  here: (small: string | Buffer) => T | Promise<T>;
  /** Starts the worker that does the same work on the input it is posted (answerChunks on its side). */
  start: () => Worker;
  /** The error a refusal becomes. */
  refusal: (reason: string) => Error;
}

/**
 * Does `work` on `input`: here when the input is small, else in the worker `work.start()` starts,
 * streaming the input into it (postChunks) so it is never held whole on this thread, and
 * terminating the worker once it answered.
 */
export async function processChunked<T>(input: ChunkedInput, work: ChunkedWork<T>): Promise<T> {
  let large: ChunkedInput = input;
  if (typeof input === "string" || Buffer.isBuffer(input)) {
    if (Buffer.byteLength(input) < work.thresholdBytes) return work.here(input);
  } else {
    const head = await smallOrRest(input, work.thresholdBytes);
    if ("small" in head) return work.here(head.small);
    large = head.rest;
  }
  const worker = work.start();
  const outcome = new Promise<T>((resolve, reject) => {
    worker.on("message", (message: { ack: true } | ChunkedAnswer<T>) => {
      if ("result" in message) resolve(message.result);
      else if ("refused" in message) reject(work.refusal(message.refused));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`${work.name} worker exited with code ${code}`)));
  });
  try {
    const [result] = await Promise.all([outcome, postChunks(worker, large, outcome)]);
    return result;
  } finally {
    void worker.terminate();
  }
}

/** The worker's side of processChunked: runs `work` on the chunks received on `port`, posts its answer and closes the port. */
export async function answerChunks<T>(
  port: MessagePort,
  work: (chunks: AsyncGenerator<Buffer | string>) => T | Promise<T>,
): Promise<void> {
  let answer: ChunkedAnswer<T>;
  try {
    answer = { result: await work(receiveChunks(port)) };
  } catch (error) {
    answer = { refused: (error as Error).message };
  }
  port.postMessage(answer);
  port.close();
}
