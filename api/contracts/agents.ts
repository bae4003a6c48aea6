import { z } from "zod";
import { fieldProblem } from "./errors";
import { csvDelimiter } from "./history";
import { ianaZone, idParams, isoDate, weeklyWindow } from "./common";
import { defineEndpoint } from "./endpoint";
import { everyRole, peopleRoles } from "./roles";

const contract = z
  .object({
    minMinutesPerWeek: z.number().int().min(0).max(10_080),
    maxMinutesPerWeek: z.number().int().min(0).max(10_080),
    maxShiftsPerWeek: z.number().int().min(0).max(14),
    shiftLengthsMinutes: z.array(z.number().int().min(60).max(960)).min(1).max(20),
  })
  .refine((value) => value.minMinutesPerWeek <= value.maxMinutesPerWeek, {
    message: "minMinutesPerWeek must not exceed maxMinutesPerWeek",
    path: ["minMinutesPerWeek"],
  });

const agentFields = {
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  team: z.string().trim().min(1).max(120),
  timeZone: ianaZone,
  vendor: z.string().trim().min(1).max(120).nullable(),
  attritionCohort: z.string().trim().min(1).max(60),
  tags: z.array(z.string().trim().min(1).max(60)).max(30),
  hireDate: isoDate,
  endDate: isoDate.nullable(),
  skillQueueIds: z.array(z.uuid()).max(100),
  contract,
  availability: z.array(weeklyWindow).max(50),
};

export const agentInput = z.object(agentFields);
export const agent = z.object({ id: z.uuid(), ...agentFields });
export type AgentDto = z.infer<typeof agent>;

export const listAgents = defineEndpoint({
  method: "get",
  path: "/api/agents",
  roles: peopleRoles,
  summary: "Agents, current by default (former agents with includeFormer=true)",
  tag: "agents",
  query: z.object({
    includeFormer: z.enum(["true", "false"]).default("false"),
    asOf: isoDate
      .optional()
      .describe("the date that decides who is current; today in the organisation's zone by default"),
  }),
  response: z.object({ agents: z.array(agent) }),
});

export const getAgent = defineEndpoint({
  method: "get",
  path: "/api/agents/:agentId",
  roles: everyRole,
  summary: "One agent",
  tag: "agents",
  params: idParams("agentId"),
  response: agent,
});

export const createAgent = defineEndpoint({
  method: "post",
  path: "/api/agents",
  roles: peopleRoles,
  summary: "Create an agent",
  tag: "agents",
  body: agentInput,
  response: agent,
  responseStatus: 201,
});

export const updateAgent = defineEndpoint({
  method: "patch",
  path: "/api/agents/:agentId",
  roles: peopleRoles,
  summary: "Change some of an agent's fields",
  tag: "agents",
  params: idParams("agentId"),
  body: agentInput.partial(),
  response: agent,
});

export const agentImportReport = z.object({
  isWritten: z.boolean().describe("false when the file was rejected whole and nothing was written (answered with 422)"),
  rowCount: z.number().int().describe("data rows read, the header and blank lines excluded"),
  delimiter: z
    .enum([",", ";", "\t"])
    .describe("the delimiter the file was read with (detected from the header unless given)"),
  created: z.number().int().describe("agents created (an email no agent had)"),
  updated: z.number().int().describe("existing agents updated, matched by email"),
  ignoredRowCount: z.number().int().describe("invalid rows left out under skipInvalid"),
  skippedRows: z.array(z.number().int()).describe("those rows' numbers (header = row 1)"),
  errors: z.array(fieldProblem).describe("the first 50 problems, with row numbers (header = row 1)"),
  errorCount: z.number().int(),
  warningCount: z.number().int().describe("the sum of warningCounts"),
  warningCounts: z.object({
    unknownSkillRowCount: z
      .number()
      .int()
      .describe("rows with a skill naming no queue: the skill is dropped, the agent imported"),
    duplicateEmailRowCount: z
      .number()
      .int()
      .describe("rows repeating an earlier valid row's email: the later row is imported, the earlier one not"),
  }),
  warnings: z
    .array(fieldProblem)
    .describe("the first 50 warnings, with row numbers; the file is imported all the same"),
});
export type AgentImportReport = z.infer<typeof agentImportReport>;

export const importAgents = defineEndpoint({
  method: "post",
  path: "/api/agents/import",
  roles: peopleRoles,
  summary:
    "Create or update agents (matched by email) from CSV (, or ; detected from the header); all or nothing unless skipInvalid=true; a rejected file answers 422 with the same report",
  tag: "agents",
  query: z.object({
    skipInvalid: z.enum(["true", "false"]).default("false"),
    delimiter: csvDelimiter
      .optional()
      .describe("forces the delimiter; by default the one the header line uses most of , ; and tab"),
  }),
  body: z.string(),
  bodyContentType: "text/csv",
  response: agentImportReport,
});

export const exportAgents = defineEndpoint({
  method: "get",
  path: "/api/agents/export",
  roles: peopleRoles,
  summary: "All current agents as CSV, in the same columns the import reads",
  tag: "agents",
  query: z.object({ includeFormer: z.enum(["true", "false"]).default("false") }),
  response: z.string(),
  responseContentType: "text/csv",
});
