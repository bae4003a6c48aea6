import "reflect-metadata";
import { Command, CommanderError } from "commander";
import { CliInputError } from "./cli/cli-error";
import { registerCapacityCommand } from "./cli/commands/capacity";
import { registerForecastCommand } from "./cli/commands/forecast";
import { registerImportCommand } from "./cli/commands/import";
import { registerInviteCommand } from "./cli/commands/invite";
import { registerMigrateCommand } from "./cli/commands/migrate";
import { registerSeedCommand } from "./cli/commands/seed";
import { registerSetPasswordCommand } from "./cli/commands/set-password";
import { registerRosterCommand } from "./cli/commands/roster";
import { registerShiftDesignCommand } from "./cli/commands/shift-design";
import { registerRequirementsCommand } from "./cli/commands/requirements";
import { registerStaffingCommand } from "./cli/commands/staffing";

/**
 * The command-line entry. stdout carries only a command's output (JSON or CSV); logs and
 * progress go to stderr. Input problems exit with code 2.
 */
const program = new Command()
  .name("shiftcast")
  .description("Shiftcast workforce planner: forecasting, staffing, rostering and capacity planning")
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

const commands: Array<(program: Command) => void> = [
  registerCapacityCommand,
  registerForecastCommand,
  registerImportCommand,
  registerMigrateCommand,
  registerInviteCommand,
  registerSeedCommand,
  registerSetPasswordCommand,
  registerRosterCommand,
  registerShiftDesignCommand,
  registerStaffingCommand,
  registerRequirementsCommand,
];
for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.code === "commander.helpDisplayed" || error.code === "commander.version" ? 0 : 2;
  } else if (error instanceof CliInputError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
