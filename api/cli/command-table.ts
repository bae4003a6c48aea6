import type { Command } from "commander";

export interface CliCommand {
  name: string;
  /** The command's own description (tests/cli/command-table.test.ts keeps the two equal). */
  summary: string;
  /** Loads the command's module, which defines its options and action. */
  load: () => Promise<(program: Command) => void>;
}

/**
 * Every CLI command, each module loaded only when it runs: `shiftcast --help` lists them from
 * this table without loading zod, luxon or TypeORM, and `shiftcast staffing` loads the staffing
 * command alone (a command's module pulls in what its action needs, a database command TypeORM).
 */
export const cliCommands: CliCommand[] = [
  {
    name: "capacity",
    summary:
      "project a long-range capacity plan: weekly required vs projected FTE, gap flags and hiring dates (no database)",
    load: async () => (await import("./commands/capacity")).registerCapacityCommand,
  },
  {
    name: "forecast",
    summary: "forecast volume, quantiles and handle time per interval from a history CSV (no database)",
    load: async () => (await import("./commands/forecast")).registerForecastCommand,
  },
  {
    name: "import",
    summary:
      "import a queue's history from CSV (interval counts or one row per ticket), replacing only the intervals the file contains",
    load: async () => (await import("./commands/import")).registerImportCommand,
  },
  {
    name: "import-actuals",
    summary:
      "import a queue's actuals from CSV (interval totals or one row per contact), replacing the intervals the file contains",
    load: async () => (await import("./commands/import-actuals")).registerImportActualsCommand,
  },
  {
    name: "migrate",
    summary: "apply pending database migrations (or --revert the last one); prints the names as JSON",
    load: async () => (await import("./commands/migrate")).registerMigrateCommand,
  },
  {
    name: "invite",
    summary: "invite a person to create their account; prints the invitation link as JSON",
    load: async () => (await import("./commands/invite")).registerInviteCommand,
  },
  {
    name: "seed",
    summary: "create the demo organisation (Northwind Support) when the database has no organisation",
    load: async () => (await import("./commands/seed")).registerSeedCommand,
  },
  {
    name: "set-password",
    summary:
      "set a user's password from the first line of stdin (12+ characters, not a common one); signs out their sessions",
    load: async () => (await import("./commands/set-password")).registerSetPasswordCommand,
  },
  {
    name: "roster",
    summary: "roster named agents across time zones against requirements per queue and interval",
    load: async () => (await import("./commands/roster")).registerRosterCommand,
  },
  {
    name: "repair",
    summary: "repair a published roster after absences with the fewest priced changes, beside a from-scratch re-solve",
    load: async () => (await import("./commands/repair")).registerRepairCommand,
  },
  {
    name: "shift-design",
    summary: "choose shifts and workers per day for a cyclic week of requirements (minimum shift design)",
    load: async () => (await import("./commands/shift-design")).registerShiftDesignCommand,
  },
  {
    name: "staffing",
    summary: 'Erlang C / Erlang A staffing for a batch of cases: {"cases":[…]} → {"results":[…]}',
    load: async () => (await import("./commands/staffing")).registerStaffingCommand,
  },
  {
    name: "requirements",
    summary: "Per-interval staffing requirement of a series under a queue's service settings (voice, chat, email)",
    load: async () => (await import("./commands/requirements")).registerRequirementsCommand,
  },
];

/** The command an argument list asks for (`staffing --input x`, `help staffing`), if it is one of ours. */
export function requestedCommand(argumentsAfterProgram: readonly string[]): CliCommand | undefined {
  const positional = argumentsAfterProgram.filter((argument) => !argument.startsWith("-"));
  const name = positional[0] === "help" ? positional[1] : positional[0];
  return cliCommands.find((command) => command.name === name);
}
