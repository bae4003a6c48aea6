import type { Command } from "commander";
import { passwordProblem } from "../../contracts/password-policy";
import { createMailer } from "../../infrastructure/mail/create-mailer";
import { createServices } from "../../services/services";
import { loadConfig } from "../../config";
import { appVersion } from "../../version";
import { CliInputError } from "../cli-error";
import { readInputText } from "../read-input";
import { withDatabase } from "../with-database";

/**
 * `set-password --email E`: sets a user's password, read from the first line of standard input (never
 * from an argument, which `ps` and shell history would show), under the same rule as the API, and
 * signs out every session of the user (API tokens keep working). For an administrator who lost
 * the director's password, or to reset someone's.
 */
export function registerSetPasswordCommand(program: Command): void {
  program
    .command("set-password")
    .description(
      "set a user's password from the first line of stdin (12+ characters, not a common one); signs out their sessions",
    )
    .requiredOption("--email <email>", "the user's email")
    .action(async (flags: { email: string }) => {
      const password = (await readInputText("-")).split(/\r?\n/)[0] ?? "";
      const problem = passwordProblem(password);
      if (problem) throw new CliInputError(`the password ${problem}`);
      const result = await withDatabase(async (dataSource, logger) => {
        const services = createServices({
          dataSource,
          version: appVersion,
          mailer: createMailer(loadConfig(), logger),
        });
        const actor = await services.organisationContext.actorForRequest();
        const user = await services.auth.findUserByEmail(actor, flags.email);
        if (!user) throw new CliInputError(`no user has the email ${flags.email}`);
        return { email: user.email, ...(await services.auth.setPassword(user.id, password)) };
      });
      process.stdout.write(`${JSON.stringify(result)}\n`);
    });
}
