import type { Agent, AgentDraft } from "../domain/organisation/agent";
import { localDateOf } from "../domain/time/local-day";
import type { AgentImportReport } from "../contracts/agents";
import { notFound, validationFailed } from "../errors/app-errors";
import type { Persistence } from "../persistence/repositories";
import type { ChunkedInput } from "../infrastructure/workers/worker-chunks";
import type { Actor } from "./actor";
import type { PublishedViews } from "../infrastructure/cache/published-views";
import { agentImportReportOf, type CheckedAgentCsv, writeAgentCsv } from "../codecs/agent-csv";
import { checkAgentCsvOffThread, UnreadableAgentCsv } from "../infrastructure/workers/agent-csv-thread";
import { assertCanAssignVendor, assertCanSeeAgent, canSeeAgent } from "./agent-scope";
import type { CsvDelimiter } from "../codecs/history-csv-dialect";

interface ImportOptions {
  skipInvalid: boolean;
  delimiter?: CsvDelimiter;
}

/** Agents, scoped per role; a change clears the published views, which show agents' names and zones. */
export function createAgentService(persistence: Persistence, publishedViews: PublishedViews, clock: () => Date) {
  const { agents, queues, organisations } = persistence.repositories;

  async function todayFor(actor: Actor): Promise<string> {
    const organisation = await organisations.findById(actor.organisationId);
    return localDateOf(clock().getTime(), organisation?.timeZone ?? "UTC");
  }

  async function assertSkillsExist(actor: Actor, queueIds: string[] | undefined): Promise<void> {
    if (!queueIds) return;
    const known = new Set((await queues.list(actor.organisationId)).map((queue) => queue.id));
    const problems = queueIds
      .filter((id) => !known.has(id))
      .map((id) => ({ path: "body.skillQueueIds", message: `no queue ${id} in this organisation` }));
    if (problems.length > 0) throw validationFailed(problems);
  }

  /**
   * A row whose email belongs to an agent the actor may not manage (in-house, another partner's,
   * former) becomes one row problem worded the same whoever holds the email, instead of failing the
   * whole file with 404, which told a vendor manager which emails were their organisation's staff.
   */
  async function refuseEmailsOutsideScope(actor: Actor, checked: CheckedAgentCsv): Promise<CheckedAgentCsv> {
    const existing = await agents.findIdsByEmail(
      actor.organisationId,
      checked.valid.map((item) => item.draft.email),
    );
    const outside = new Set<string>();
    for (const [email, id] of existing)
      if (!canSeeAgent(actor, (await agents.findById(actor.organisationId, id))!)) outside.add(email);
    if (outside.size === 0) return checked;
    const refused = checked.valid.filter((item) => outside.has(item.draft.email));
    const problems = [
      ...checked.problems,
      ...refused.map((item) => ({
        row: item.row,
        column: "email",
        path: "email",
        message: "cannot be used: it is already taken by an agent you do not manage",
      })),
    ].sort((a, b) => a.row! - b.row!);
    return {
      ...checked,
      valid: checked.valid.filter((item) => !outside.has(item.draft.email)),
      problems,
      invalidRows: [...new Set(problems.map((problem) => problem.row!))],
    };
  }

  return {
    async list(actor: Actor, options: { includeFormer: boolean; asOf?: string }): Promise<Agent[]> {
      const currentOn = options.includeFormer ? null : (options.asOf ?? (await todayFor(actor)));
      return (await agents.list(actor.organisationId, { currentOn })).filter((agent) => canSeeAgent(actor, agent));
    },
    async get(actor: Actor, id: string): Promise<Agent> {
      return assertCanSeeAgent(actor, await agents.findById(actor.organisationId, id));
    },
    async create(actor: Actor, draft: AgentDraft): Promise<Agent> {
      assertCanAssignVendor(actor, draft.vendor);
      await assertSkillsExist(actor, draft.skillQueueIds);
      return agents.create(actor.organisationId, draft);
    },
    async update(actor: Actor, id: string, patch: Partial<AgentDraft>): Promise<Agent> {
      assertCanSeeAgent(actor, await agents.findById(actor.organisationId, id));
      assertCanAssignVendor(actor, patch.vendor);
      await assertSkillsExist(actor, patch.skillQueueIds);
      const updated = await agents.update(actor.organisationId, id, patch);
      if (!updated) throw notFound("Agent");
      publishedViews.clear();
      return updated;
    },
    /** All or nothing: any invalid row rejects the file unless `skipInvalid`; rows match agents by email. */
    async importCsv(actor: Actor, input: ChunkedInput, options: ImportOptions): Promise<AgentImportReport> {
      const queueIdByName = new Map((await queues.list(actor.organisationId)).map((queue) => [queue.name, queue.id]));
      const importer = actor.kind === "user" && actor.role === "vendor_manager" ? { requiredVendor: actor.vendor } : {};
      let checked = await checkAgentCsvOffThread(input, queueIdByName, importer, {
        delimiter: options.delimiter,
      }).catch((error: unknown) => {
        if (error instanceof UnreadableAgentCsv)
          throw validationFailed([{ path: "body", message: error.message }], "The CSV file cannot be read");
        throw error;
      });
      checked = await refuseEmailsOutsideScope(actor, checked);
      if (checked.problems.length > 0 && !options.skipInvalid) return agentImportReportOf(checked, null);
      const written = await persistence.inTransaction(async (repositories) => {
        const existing = await repositories.agents.findIdsByEmail(
          actor.organisationId,
          checked.valid.map((item) => item.draft.email),
        );
        for (const id of existing.values())
          assertCanSeeAgent(actor, await repositories.agents.findById(actor.organisationId, id));
        let created = 0;
        for (const { draft } of checked.valid) {
          const id = existing.get(draft.email);
          if (id) {
            await repositories.agents.update(actor.organisationId, id, draft);
          } else {
            await repositories.agents.create(actor.organisationId, draft);
            created += 1;
          }
        }
        return agentImportReportOf(checked, { created, updated: checked.valid.length - created });
      });
      publishedViews.clear();
      return written;
    },
    async exportCsv(actor: Actor, options: { includeFormer: boolean }): Promise<string> {
      const queueNameById = new Map((await queues.list(actor.organisationId)).map((queue) => [queue.id, queue.name]));
      return writeAgentCsv(await this.list(actor, { includeFormer: options.includeFormer }), queueNameById);
    },
  };
}

export type AgentService = ReturnType<typeof createAgentService>;
