import type { Command } from "commander";
import { z } from "zod";
import { createInvitation } from "../../contracts/auth";
import type { Actor } from "../../services/actor";
import { createMailer } from "../../infrastructure/mail/create-mailer";
import { createServices, type Services } from "../../services/services";
import { loadConfig } from "../../config";
import { appVersion } from "../../version";
import { CliInputError } from "../cli-error";
import { withDatabase } from "../with-database";

interface InviteFlags {
  email: string;
  name: string;
  role: string;
  vendor?: string;
  agentEmail?: string;
  baseUrl: string;
}

/**
 * `invite --email E --name N --role agent|vendor_manager|planner|director [--agent-email A] [--vendor V]`:
 * creates an invitation in the organisation and prints the link to pass on; it is also mailed when
 * SHIFTCAST_MAIL_DIRECTORY is set (no mail server needed).
 */
export function registerInviteCommand(program: Command): void {
  program
    .command("invite")
    .description("invite a person to create their account; prints the invitation link as JSON")
    .requiredOption("--email <email>", "the person's email")
    .requiredOption("--name <name>", "the person's display name")
    .requiredOption("--role <role>", "agent, vendor_manager, planner or director")
    .option("--agent-email <email>", "for an agent: the email of their agent record (defaults to --email)")
    .option("--vendor <partner>", "for a vendor manager: their outsourcing partner")
    .option("--base-url <url>", "where people open Shiftcast", "http://localhost:3000")
    .action(async (flags: InviteFlags) => {
      const invitation = await withDatabase(async (dataSource, logger) => {
        const services = createServices({
          dataSource,
          version: appVersion,
          mailer: createMailer(loadConfig(), logger),
        });
        const actor = await services.organisationContext.actorForRequest();
        const agentId =
          flags.role === "agent" ? await findAgentId(services, actor, flags.agentEmail ?? flags.email) : null;
        const body = parseBody({
          email: flags.email,
          displayName: flags.name,
          role: flags.role,
          vendor: flags.vendor ?? null,
          agentId,
        });
        return services.auth.invite(actor, body, flags.baseUrl);
      });
      process.stdout.write(
        `${JSON.stringify({ ...invitation, url: new URL(invitation.invitePath, flags.baseUrl).toString() })}\n`,
      );
    });
}

function parseBody(input: unknown): z.output<typeof createInvitation.body> {
  const parsed = createInvitation.body.safeParse(input);
  if (!parsed.success)
    throw new CliInputError(
      parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; "),
    );
  return parsed.data;
}

async function findAgentId(services: Services, actor: Actor, email: string): Promise<string> {
  const agents = await services.agents.list(actor, { includeFormer: false });
  const agent = agents.find((candidate) => candidate.email.toLowerCase() === email.toLowerCase());
  if (!agent) throw new CliInputError(`no current agent has the email ${email}; pass --agent-email`);
  return agent.id;
}
