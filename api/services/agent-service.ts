import { DateTime } from "luxon";
import type { Agent, AgentDraft } from "../domain/organisation/agent";
import { agentInput, type AgentImportReport } from "../http/contracts/agents";
import type { FieldProblem } from "../http/contracts/errors";
import { notFound, validationFailed } from "../http/errors";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";
import type { PublishedViews } from "./published-views";
import { agentInputFromRow, columnOfField, readAgentCsv, writeAgentCsv, type AgentCsvRow } from "./agent-csv";
import { restoreCsvText } from "./csv-output";
import { assertCanAssignVendor, assertCanSeeAgent, canSeeAgent } from "./agent-scope";

const maxReportedErrors = 50;

const draftOf = (input: ReturnType<typeof agentInput.parse>): AgentDraft => input;

interface ImportOptions {
  skipInvalid: boolean;
}

/** Agents, scoped per role; a change clears the published views, which show agents' names and zones. */
export function createAgentService(persistence: Persistence, publishedViews: PublishedViews, clock: () => Date) {
  const { agents, queues, organisations } = persistence.repositories;

  async function todayFor(actor: Actor): Promise<string> {
    const organisation = await organisations.findById(actor.organisationId);
    return DateTime.fromJSDate(clock(), { zone: organisation?.timeZone ?? "UTC" }).toISODate()!;
  }

  async function assertSkillsExist(actor: Actor, queueIds: string[] | undefined): Promise<void> {
    if (!queueIds) return;
    const known = new Set((await queues.list(actor.organisationId)).map((queue) => queue.id));
    const problems = queueIds.filter((id) => !known.has(id)).map((id) => ({ path: "body.skillQueueIds", message: `no queue ${id} in this organisation` }));
    if (problems.length > 0) throw validationFailed(problems);
  }

  function validateRows(actor: Actor, text: string, queueIdByName: Map<string, string>) {
    // Cells the export neutralised (`'=…`) read back as written, so export → import changes nothing.
    const rows = readAgentCsv(text).map((row) => Object.fromEntries(Object.entries(row).map(([column, value]) => [column, restoreCsvText(value)])) as AgentCsvRow);
    const problems: FieldProblem[] = [];
    const valid: Array<{ row: number; draft: AgentDraft }> = [];
    const seenEmails = new Map<string, number>();
    rows.forEach((row, index) => {
      const rowNumber = index + 2;
      const mapped = agentInputFromRow(row, queueIdByName);
      const rowProblems: FieldProblem[] = mapped.problems.map((p) => ({ row: rowNumber, column: p.column, path: p.column, message: p.message }));
      const parsed = agentInput.safeParse(mapped.input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.filter((part) => typeof part === "string").join(".");
          const column = columnOfField[field] ?? columnOfField[field.split(".")[0]!] ?? field;
          if (!rowProblems.some((p) => p.column === column)) rowProblems.push({ row: rowNumber, column, path: column, message: issue.message });
        }
      }
      if (parsed.success && actor.kind === "user" && actor.role === "vendor_manager" && parsed.data.vendor !== actor.vendor) {
        rowProblems.push({ row: rowNumber, column: "vendor", path: "vendor", message: `must be ${actor.vendor ?? "your partner"}` });
      }
      const email = String(mapped.input.email).toLowerCase();
      if (seenEmails.has(email)) rowProblems.push({ row: rowNumber, column: "email", path: "email", message: `repeats row ${seenEmails.get(email)}` });
      seenEmails.set(email, rowNumber);
      if (rowProblems.length > 0) problems.push(...rowProblems);
      else if (parsed.success) valid.push({ row: rowNumber, draft: draftOf(parsed.data) });
    });
    const invalidRows = [...new Set(problems.map((problem) => problem.row!))];
    return { valid, problems, invalidRows };
  }

  /**
   * A row whose email belongs to an agent the actor may not manage (in-house, another partner's,
   * former) becomes one row problem worded the same whoever holds the email, instead of failing the
   * whole file with 404, which told a vendor manager which emails were their organisation's staff.
   */
  async function refuseEmailsOutsideScope(actor: Actor, checked: ReturnType<typeof validateRows>): Promise<ReturnType<typeof validateRows>> {
    const existing = await agents.findIdsByEmail(actor.organisationId, checked.valid.map((item) => item.draft.email));
    const outside = new Set<string>();
    for (const [email, id] of existing) if (!canSeeAgent(actor, (await agents.findById(actor.organisationId, id))!)) outside.add(email);
    if (outside.size === 0) return checked;
    const refused = checked.valid.filter((item) => outside.has(item.draft.email));
    const problems = [...checked.problems, ...refused.map((item) => ({ row: item.row, column: "email", path: "email", message: "cannot be used: it is already taken by an agent you do not manage" }))]
      .sort((a, b) => a.row! - b.row!);
    return { valid: checked.valid.filter((item) => !outside.has(item.draft.email)), problems, invalidRows: [...new Set(problems.map((problem) => problem.row!))] };
  }

  return {
    async list(actor: Actor, options: { includeFormer: boolean; asOf?: string }): Promise<Agent[]> {
      const currentOn = options.includeFormer ? null : options.asOf ?? (await todayFor(actor));
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
    async importCsv(actor: Actor, text: string, options: ImportOptions): Promise<AgentImportReport> {
      const queueIdByName = new Map((await queues.list(actor.organisationId)).map((queue) => [queue.name, queue.id]));
      let checked: ReturnType<typeof validateRows>;
      try {
        checked = validateRows(actor, text, queueIdByName);
      } catch (error) {
        throw validationFailed([{ path: "body", message: (error as Error).message }], "The CSV file cannot be read");
      }
      checked = await refuseEmailsOutsideScope(actor, checked);
      const report = { skippedRows: checked.invalidRows, errors: checked.problems.slice(0, maxReportedErrors), errorCount: checked.problems.length };
      if (checked.problems.length > 0 && !options.skipInvalid) return { isWritten: false, created: 0, updated: 0, ...report, skippedRows: [] };
      const written = await persistence.inTransaction(async (repositories) => {
        const existing = await repositories.agents.findIdsByEmail(actor.organisationId, checked.valid.map((item) => item.draft.email));
        for (const id of existing.values()) assertCanSeeAgent(actor, await repositories.agents.findById(actor.organisationId, id));
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
        return { isWritten: true, created, updated: checked.valid.length - created, ...report };
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
