import type { Command } from "commander";
import { erlangCServiceLevel } from "../../domain/roster/model/erlang-service-level";
import type { RosterSolution } from "../../domain/roster/model/solution";
import { solveRoster } from "../../domain/roster/strategies/solve-roster";
import { rosterProblemSchema, type RosterProblemParsed } from "../../contracts/roster-problem";
import { DEFAULT_RELATIVE_GAP } from "../../contracts/solve-defaults";
import { presentRosterSolution } from "../../presenters/solve-result-presenter";
import { createHighsSolver } from "../../solvers/highs-solver";
import { CliInputError } from "../cli-error";
import { readInputJson } from "../read-input";

interface RosterFlags {
  input: string;
  timeLimitSeconds: string;
  relativeGap: string;
}

/**
 * `roster --input problem.json [--time-limit-seconds 120]`: a named-agent roster (issue 5) as JSON
 * on stdout: status, objective with its breakdown per rule, lower bound and gaps, shifts, coverage
 * per interval, the uncovered intervals explained and the warnings (also on stderr), numbers rounded to
 * their unit (solve-result-presenter.ts). On a terminal a progress line on stderr shows
 * phase, elapsed time, incumbent and bound; Ctrl-C stops and prints the best roster found so far.
 */
export function registerRosterCommand(program: Command): void {
  program
    .command("roster")
    .description("roster named agents across time zones against requirements per queue and interval")
    .requiredOption("--input <path>", "problem JSON (schema: docs/roster-problem.schema.json), or - for stdin")
    .option("--time-limit-seconds <seconds>", "stop after about this many seconds with the best roster found", "120")
    .option(
      "--relative-gap <fraction>",
      "stop once (objective − bound) / objective is at most this fraction",
      String(DEFAULT_RELATIVE_GAP),
    )
    .action(async (flags: RosterFlags) => {
      const timeLimitSeconds = Number(flags.timeLimitSeconds);
      if (!(timeLimitSeconds > 0))
        throw new CliInputError(`--time-limit-seconds must be a positive number, got ${flags.timeLimitSeconds}`);
      const relativeGap = Number(flags.relativeGap);
      if (!(relativeGap >= 0 && relativeGap < 1))
        throw new CliInputError(`--relative-gap must be a fraction in [0, 1), got ${flags.relativeGap}`);
      const problem = parseProblem(await readInputJson(flags.input));
      const solution = presentRosterSolution(await solveWithProgress(problem, timeLimitSeconds, relativeGap));
      for (const warning of solution.warnings) process.stderr.write(`warning (${warning.code}): ${warning.message}\n`);
      process.stdout.write(`${JSON.stringify(solution, null, 2)}\n`);
    });
}

function parseProblem(json: unknown): RosterProblemParsed {
  const parsed = rosterProblemSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new CliInputError(`the roster problem is invalid:\n  ${issues.join("\n  ")}`);
  }
  return parsed.data;
}

async function solveWithProgress(
  problem: RosterProblemParsed,
  timeLimitSeconds: number,
  relativeGap: number,
): Promise<RosterSolution> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once("SIGINT", stop);
  const isTerminal = process.stderr.isTTY === true;
  try {
    return await solveRoster(
      problem,
      { timeLimitSeconds, relativeGap },
      {
        solver: createHighsSolver(),
        clockMs: () => performance.now(),
        estimateServiceLevel: erlangCServiceLevel,
        signal: controller.signal,
        onProgress: isTerminal
          ? (progress) => {
              const number = (value: number | null) => (value === null ? "–" : value.toFixed(1));
              const line = `${progress.phase}  elapsed ${progress.elapsedSeconds.toFixed(1)} s  incumbent ${number(progress.incumbentObjective)}  bound ${number(progress.bestBound)}`;
              process.stderr.write(`\r${line}\u001b[K`);
            }
          : undefined,
      },
    );
  } catch (error) {
    if (error instanceof RangeError) throw new CliInputError(error.message);
    throw error;
  } finally {
    process.removeListener("SIGINT", stop);
    if (isTerminal) process.stderr.write("\r\u001b[K");
  }
}
