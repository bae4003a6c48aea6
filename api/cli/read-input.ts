import { createReadStream } from "node:fs";
import { access, readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import { CliInputError } from "./cli-error";

/** Reads a command's `--input`: a path, or `-` for standard input. */
export async function readInputText(input: string): Promise<string> {
  if (input === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(input, "utf8");
  } catch (error) {
    throw new CliInputError(`cannot read --input ${input}: ${(error as Error).message}`);
  }
}

/** Reads `--input` and parses it as JSON, failing with exit code 2 on a syntax error. */
export async function readInputJson(input: string): Promise<unknown> {
  const text = await readInputText(input);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliInputError(`--input ${input} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Opens a command's `--file` as a stream (`-` for standard input), failing with exit code 2 when it cannot be read. */
export async function openInputStream(path: string): Promise<Readable> {
  if (path === "-") return process.stdin;
  await access(path).catch((error: Error) => {
    throw new CliInputError(`cannot read --file ${path}: ${error.message}`);
  });
  return createReadStream(path);
}
