import type { Command } from "commander";
import { requirementsRequest } from "../../contracts/staffing";
import { computeRequirementsSeries } from "../../services/staffing-service";
import { CliInputError } from "../cli-error";
import { readInputJson } from "../read-input";
import { describeIssues } from "./staffing";

/**
 * `requirements --input series.json|-`: a queue's service settings and a series of consecutive
 * intervals {intervalStart, volume, ahtSeconds} → {"intervals":[{intervalStart, trafficErlangs,
 * agents, scheduledAgents, fractionalFte, serviceLevel}]} for voice, chat or email.
 */
export function registerRequirementsCommand(program: Command): void {
  program
    .command("requirements")
    .description("Per-interval staffing requirement of a series under a queue's service settings (voice, chat, email)")
    .requiredOption("--input <path>", "series JSON file, or - for standard input")
    .action(async (options: { input: string }) => {
      const parsed = requirementsRequest.safeParse(await readInputJson(options.input));
      if (!parsed.success) throw new CliInputError(describeIssues(parsed.error));
      process.stdout.write(`${JSON.stringify(computeRequirementsSeries(parsed.data))}\n`);
    });
}
