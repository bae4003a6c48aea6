import type { Command } from "commander";
import type { SolveProgress } from "../../domain/roster/milp/solver-port";
import type { ShiftDesignProblem } from "../../domain/shift-design/problem";
import { solveShiftDesign } from "../../domain/shift-design/solve";
import {
  shiftDesignInstanceSchema,
  shiftDesignSolutionSchema,
  type ShiftDesignSolution,
} from "../../contracts/shift-design";
import { DEFAULT_RELATIVE_GAP } from "../../contracts/solve-defaults";
import { presentShiftDesignSolution } from "../../presenters/solve-result-presenter";
import { createHighsSolver } from "../../solvers/highs-solver";
import { CliInputError } from "../cli-error";
import { readInputJson } from "../read-input";

interface ShiftDesignFlags {
  input: string;
  timeLimitSeconds: string;
  relativeGap: string;
}

/**
 * `shift-design --input instance.json [--time-limit-seconds 60]`: the minimum shift design of a
 * cyclic week (issue 5), printed as JSON on stdout. On a terminal a progress line on stderr shows
 * elapsed time, incumbent, bound and gap; Ctrl-C stops the solve and prints the best design so far.
 */
export function registerShiftDesignCommand(program: Command): void {
  program
    .command("shift-design")
    .description("choose shifts and workers per day for a cyclic week of requirements (minimum shift design)")
    .requiredOption("--input <path>", "instance JSON (see tests/fixtures/shift-design-example.json), or - for stdin")
    .option("--time-limit-seconds <seconds>", "stop after this many seconds with the best design found", "60")
    .option(
      "--relative-gap <fraction>",
      "stop once (total − bound) / total is at most this fraction (0: prove optimality)",
      String(DEFAULT_RELATIVE_GAP),
    )
    .action(async (flags: ShiftDesignFlags) => {
      const timeLimitSeconds = parsePositive("--time-limit-seconds", flags.timeLimitSeconds);
      const relativeGap = parseFraction("--relative-gap", flags.relativeGap);
      const problem = toProblem(await readInputJson(flags.input));
      const solution = await solveWithProgress(problem, timeLimitSeconds, relativeGap);
      if (solution.status === "error") throw new Error(solution.message ?? "the solver failed");
      const { message: _message, ...printed } = solution;
      process.stdout.write(
        `${JSON.stringify(shiftDesignSolutionSchema.parse(presentShiftDesignSolution(printed)), null, 2)}\n`,
      );
    });
}

async function solveWithProgress(
  problem: ShiftDesignProblem,
  timeLimitSeconds: number,
  relativeGap: number,
): Promise<ShiftDesignSolution & { message?: string }> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once("SIGINT", stop);
  const isTerminal = process.stderr.isTTY === true;
  try {
    return await solveShiftDesign(problem, createHighsSolver(), {
      timeLimitSeconds,
      relativeGap,
      clockMs: () => performance.now(),
      signal: controller.signal,
      onProgress: isTerminal ? (progress) => process.stderr.write(`\r${formatProgress(progress)}\u001b[K`) : undefined,
    });
  } finally {
    process.removeListener("SIGINT", stop);
    if (isTerminal) process.stderr.write("\r\u001b[K");
  }
}

/** "elapsed 12.3 s  incumbent 2550  bound 1936  gap 24.1 %": percent only where a person reads it. */
export function formatProgress(progress: SolveProgress): string {
  const number = (value: number | null): string => (value === null ? "–" : String(Math.round(value * 100) / 100));
  const gap = progress.relativeGap === null ? "–" : `${(progress.relativeGap * 100).toFixed(1)} %`;
  return `elapsed ${progress.elapsedSeconds.toFixed(1)} s  incumbent ${number(progress.incumbentObjective)}  bound ${number(progress.bestBound)}  gap ${gap}`;
}

function toProblem(json: unknown): ShiftDesignProblem {
  const parsed = shiftDesignInstanceSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new CliInputError(`invalid shift-design instance: ${details.join("; ")}`);
  }
  const { slotMinutes, requirements, shiftTypes, objective } = parsed.data;
  return {
    slotMinutes,
    requirements,
    shiftTypes: shiftTypes.map(({ name, minStartSlot, maxStartSlot, minLengthSlots, maxLengthSlots }) => ({
      name,
      minStartSlot,
      maxStartSlot,
      minLengthSlots,
      maxLengthSlots,
    })),
    objective: {
      weightShortage: objective.weightShortage,
      weightExcess: objective.weightExcess,
      weightShiftCount: objective.weightShiftCount,
    },
  };
}

function parsePositive(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new CliInputError(`${flag} must be a positive number of seconds, got "${text}"`);
  return value;
}

function parseFraction(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1)
    throw new CliInputError(`${flag} must be a fraction between 0 and 1, got "${text}"`);
  return value;
}
