import { EXIT_INPUT_PROBLEM } from "./exit-status";

/** A problem with what the user gave a command (flags, input file): printed to stderr, exit code 2. */
export class CliInputError extends Error {
  readonly exitCode = EXIT_INPUT_PROBLEM;
  constructor(message: string) {
    super(message);
    this.name = "CliInputError";
  }
}
