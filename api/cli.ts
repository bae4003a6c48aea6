import "reflect-metadata";
import { Command, CommanderError } from "commander";
import { CliInputError } from "./cli/cli-error";
import { cliCommands, requestedCommand } from "./cli/command-table";
import { EXIT_FAILURE, EXIT_INPUT_PROBLEM, EXIT_SUCCESS } from "./cli/exit-status";

/**
 * The command-line entry. stdout carries only a command's output (JSON or CSV); logs and
 * progress go to stderr. Input problems exit with code 2. Only the command asked for is loaded
 * (api/cli/command-table.ts); without one, the list of commands is all there is to show.
 */
const program = new Command()
  .name("shiftcast")
  .description("Shiftcast workforce planner: forecasting, staffing, rostering and capacity planning")
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

const requested = requestedCommand(process.argv.slice(2));
if (requested) (await requested.load())(program);
else for (const command of cliCommands) program.command(command.name).description(command.summary);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode =
      error.code === "commander.helpDisplayed" || error.code === "commander.version"
        ? EXIT_SUCCESS
        : EXIT_INPUT_PROBLEM;
  } else if (error instanceof CliInputError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT_FAILURE;
  }
}
