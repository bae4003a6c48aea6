import type { Command } from "commander";
import type { z } from "zod";
import type { CapacityPlan } from "../../domain/capacity/plan";
import { projectCapacityPlan, type CapacityPlanResult } from "../../domain/capacity/project-capacity-plan";
import { compareScenarios, type ScenarioComparison } from "../../domain/capacity/scenarios";
import { validateCapacityPlan } from "../../domain/capacity/validate-capacity-plan";
import { demandFromVolumeForecasts } from "../../domain/capacity/volume-demand";
import { capacityPlanInput, type CapacityPlanInputDto } from "../../contracts/capacity";
import { CliInputError } from "../cli-error";
import { readInputJson } from "../read-input";

export interface CapacityCommandOutput {
  plan: CapacityPlanResult;
  scenarioComparison: ScenarioComparison | null;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(plan)"}: ${issue.message}`).join("; ");
}

/** Maps the validated input to the domain's plan, turning volume forecasts into weekly hours. */
export function capacityPlanFromInput(input: CapacityPlanInputDto): CapacityPlan {
  const { scenarios: _scenarios, volumeForecasts, demand, ...rest } = input;
  return { ...rest, demand: demand ?? demandFromVolumeForecasts(volumeForecasts ?? []) };
}

/** Validates a plan document and projects it (and its scenarios); input problems throw CliInputError. */
export function runCapacityCommand(document: unknown): CapacityCommandOutput {
  const parsed = capacityPlanInput.safeParse(document);
  if (!parsed.success) throw new CliInputError(`invalid capacity plan: ${describeIssues(parsed.error)}`);
  let plan: CapacityPlan;
  try {
    plan = capacityPlanFromInput(parsed.data);
  } catch (error) {
    if (error instanceof RangeError) throw new CliInputError(`invalid capacity plan: ${error.message}`);
    throw error;
  }
  const problems = validateCapacityPlan(plan);
  if (problems.length > 0) throw new CliInputError(`invalid capacity plan: ${problems.join("; ")}`);
  return {
    plan: projectCapacityPlan(plan),
    scenarioComparison: parsed.data.scenarios.length > 0 ? compareScenarios(plan, parsed.data.scenarios) : null,
  };
}

/** Three decimals are finer than any staffing decision and keep the weekly table readable. */
function roundForDisplay(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;
}

function describeEpisodes(result: CapacityPlanResult): string {
  if (result.episodes.length === 0) return "capacity: no week short beyond tolerance\n";
  return result.episodes
    .map(({ summary, recommendation: r }) => {
      if (r.isCoveredByEarlierClass) return `capacity: ${summary} → closed by the class recommended before it\n`;
      const late = r.isTooLate ? ` (too late for ${r.uncoveredWeekStartDates.length} week(s))` : "";
      return `capacity: ${summary} → recruit by ${r.recruitByDate}, train ${r.classSize} ${r.attritionCohort} from ${r.classStartDate}${late}\n`;
    })
    .join("");
}

/**
 * `capacity --input plan.json` (issue 8): prints the weekly table, flags, episodes with their
 * recommendations and any scenario comparison as one JSON document on stdout; a line per episode
 * goes to stderr for people.
 */
export function registerCapacityCommand(program: Command): void {
  program
    .command("capacity")
    .description(
      "project a long-range capacity plan: weekly required vs projected FTE, gap flags and hiring dates (no database)",
    )
    .requiredOption("--input <path>", "capacity plan JSON (see docs/examples/capacity-plan.json); - for stdin")
    .action(async (flags: { input: string }) => {
      const output = runCapacityCommand(await readInputJson(flags.input));
      process.stdout.write(`${JSON.stringify(output, roundForDisplay, 2)}\n`);
      process.stderr.write(describeEpisodes(output.plan));
    });
}
