import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { cliCommands, requestedCommand } from "../../api/cli/command-table";

describe("the CLI's command table", () => {
  it("lists each command under the name and description its own module defines", async () => {
    for (const entry of cliCommands) {
      const program = new Command();
      (await entry.load())(program);
      expect(program.commands.map((command) => [command.name(), command.description()])).toEqual([
        [entry.name, entry.summary],
      ]);
    }
  });

  it("finds the command asked for, also after options and behind help, and none for --help alone", () => {
    expect(requestedCommand(["staffing", "--input", "-"])?.name).toBe("staffing");
    expect(requestedCommand(["help", "shift-design"])?.name).toBe("shift-design");
    expect(requestedCommand(["--help"])).toBeUndefined();
    expect(requestedCommand(["bogus"])).toBeUndefined();
  });
});
