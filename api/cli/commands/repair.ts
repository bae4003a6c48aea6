import type { Command } from "commander";
import { erlangCServiceLevel } from "../../domain/roster/model/erlang-service-level";
import { repairRoster } from "../../domain/roster/strategies/repair-roster";
import { repairBaselineSchema, repairSettingsSchema } from "../../contracts/repair";
import { rosterProblemSchema } from "../../contracts/roster-problem";
import { presentRepairResult } from "../../presenters/repair-presenter";
import { createHighsSolver } from "../../solvers/highs-solver";
import { CliInputError } from "../cli-error";
import { readInputJson } from "../read-input";
import type { z } from "zod";

interface RepairFlags {
  input: string;
  baseline: string;
  cutoff?: string;
  noticeWindowDays: string;
  premiumAgentMinutes: string;
  emergency?: boolean;
  timeLimitSeconds: string;
  scratchSeconds: string;
}

function parsed<T extends z.ZodType>(schema: T, json: unknown, what: string): z.output<T> {
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new CliInputError(`${what} is invalid:\n  ${issues.join("\n  ")}`);
  }
  return result.data;
}

function positive(text: string, flag: string): number {
  const value = Number(text);
  if (!(value > 0)) throw new CliInputError(`${flag} must be a positive number, got ${text}`);
  return value;
}

/**
 * `repair --input problem.json --baseline roster.json [--cutoff ISO]`: a minimal-change repair
 * (issue 14) of a published roster as JSON on stdout: the proposed changes (who, what, premium,
 * offer or imposed), the repaired roster with its breakdown, bound and gap, and the same figures
 * for a from-scratch re-solve. The problem is the roster problem as it stands now (absences among
 * the agents' time off); the baseline is a roster solution (its `shifts`). Without --cutoff the
 * repair starts now.
 */
export function registerRepairCommand(program: Command): void {
  program
    .command("repair")
    .description(
      "repair a published roster after absences with the fewest priced changes, beside a from-scratch re-solve",
    )
    .requiredOption(
      "--input <path>",
      "roster problem JSON as it stands now (schema: docs/roster-problem.schema.json), or - for stdin",
    )
    .requiredOption(
      "--baseline <path>",
      "the published roster: a roster solution JSON (its shifts: agentId, startUtc, endUtc)",
    )
    .option("--cutoff <instant>", "shifts starting before this UTC instant are frozen (default: now)")
    .option("--notice-window-days <days>", "changes inside this many days owe the premium", "14")
    .option("--premium-agent-minutes <minutes>", "predictability premium per changed shift inside the window", "60")
    .option("--emergency", "impose added hours inside the window instead of offering them")
    .option("--time-limit-seconds <seconds>", "budget of the repair", "10")
    .option("--scratch-seconds <seconds>", "budget of the from-scratch re-solve it is compared with", "10")
    .action(async (flags: RepairFlags) => {
      const problem = parsed(rosterProblemSchema, await readInputJson(flags.input), "the roster problem");
      const baseline = parsed(repairBaselineSchema, await readInputJson(flags.baseline), "the baseline roster");
      const settings = parsed(
        repairSettingsSchema,
        {
          cutoffUtc: flags.cutoff ?? new Date().toISOString(),
          noticeWindowDays: Number(flags.noticeWindowDays),
          predictabilityPremiumAgentMinutes: Number(flags.premiumAgentMinutes),
          isEmergency: flags.emergency === true,
        },
        "the repair settings",
      );
      const options = {
        timeLimitSeconds: positive(flags.timeLimitSeconds, "--time-limit-seconds"),
        fromScratchTimeLimitSeconds: positive(flags.scratchSeconds, "--scratch-seconds"),
      };
      try {
        const result = await repairRoster({ problem, baseline: baseline.shifts, settings }, options, {
          solver: createHighsSolver(),
          clockMs: () => performance.now(),
          estimateServiceLevel: erlangCServiceLevel,
        });
        process.stdout.write(`${JSON.stringify(presentRepairResult(result), null, 2)}\n`);
      } catch (error) {
        if (error instanceof RangeError) throw new CliInputError(error.message);
        throw error;
      }
    });
}
