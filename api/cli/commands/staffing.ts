import type { Command } from "commander";
import type { z } from "zod";
import { calculateStaffingBatch, parseStaffingBatch } from "../../services/staffing-batch";
import { CliInputError } from "../cli-error";
import { readInputJson } from "../read-input";

/** `cases[3].ahtSeconds: must be > 0`, one line per problem (the first ten). */
export function describeIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, 10).map((issue) => {
    const where = issue.path.reduce<string>(
      (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
      "",
    );
    return `${where || "(input)"}: ${issue.message}`;
  });
  const more = error.issues.length > 10 ? `\n… and ${error.issues.length - 10} more problems` : "";
  return `invalid input\n${lines.join("\n")}${more}`;
}

/**
 * `staffing --input cases.json|-`: reads {"cases":[…]} and prints {"results":[…]} in input order,
 * numbers rounded at the edge (staffing-batch.ts), an infinite ASA as null. Any bad case fails the whole run
 * (exit 2, message naming the case index and field, nothing on stdout).
 */
export function registerStaffingCommand(program: Command): void {
  program
    .command("staffing")
    .description('Erlang C / Erlang A staffing for a batch of cases: {"cases":[…]} → {"results":[…]}')
    .requiredOption("--input <path>", "cases JSON file, or - for standard input")
    .action(async (options: { input: string }) => {
      const parsed = parseStaffingBatch(await readInputJson(options.input));
      if (!parsed.success) throw new CliInputError(describeIssues(parsed.error));
      // On this thread: a one-shot process has no event loop to keep free, and a worker would cost its start-up.
      const results = calculateStaffingBatch(parsed.data.cases);
      process.stdout.write(`${JSON.stringify({ results })}\n`);
    });
}
