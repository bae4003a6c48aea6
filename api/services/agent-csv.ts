import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { Agent, AgentDraft } from "../domain/organisation/agent";
import type { IsoWeekday, WeeklyWindow } from "../domain/organisation/weekly-window";
import { agentInput } from "../http/contracts/agents";
import type { FieldProblem } from "../http/contracts/errors";
import { detectDelimiter } from "./history-csv-dialect";

/** The columns agents are imported and exported with; list fields are separated by `;`. */
export const agentCsvColumns = [
  "name", "email", "team", "time_zone", "vendor", "attrition_cohort", "tags", "hire_date", "end_date", "skills",
  "min_minutes_per_week", "max_minutes_per_week", "max_shifts_per_week", "shift_lengths_minutes", "availability",
] as const;

export type AgentCsvColumn = (typeof agentCsvColumns)[number];
export type AgentCsvRow = Record<AgentCsvColumn, string>;

const weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** Which CSV column an input field path comes from, so a problem names what the user typed. */
export const columnOfField: Record<string, AgentCsvColumn> = {
  name: "name", email: "email", team: "team", timeZone: "time_zone", vendor: "vendor", attritionCohort: "attrition_cohort",
  tags: "tags", hireDate: "hire_date", endDate: "end_date", skillQueueIds: "skills", availability: "availability",
  "contract.minMinutesPerWeek": "min_minutes_per_week", "contract.maxMinutesPerWeek": "max_minutes_per_week",
  "contract.maxShiftsPerWeek": "max_shifts_per_week", "contract.shiftLengthsMinutes": "shift_lengths_minutes",
};

const splitList = (value: string): string[] => value.split(";").map((item) => item.trim()).filter((item) => item.length > 0);

/** "Mon 09:00-17:00;Sat 22:00-06:00" → weekly windows; null when a part is not of that form. */
export function parseAvailability(value: string): WeeklyWindow[] | null {
  const windows: WeeklyWindow[] = [];
  for (const part of splitList(value)) {
    const match = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/i.exec(part);
    if (!match) return null;
    const day = weekdayNames.findIndex((name) => name.toLowerCase() === match[1]!.toLowerCase());
    windows.push({ weekday: (day + 1) as IsoWeekday, startLocal: match[2]!, endLocal: match[3]! });
  }
  return windows;
}

export const formatAvailability = (windows: WeeklyWindow[]): string =>
  windows.map((window) => `${weekdayNames[window.weekday - 1]} ${window.startLocal}-${window.endLocal}`).join(";");

/**
 * Parses the CSV text into rows keyed by column; throws a message naming missing columns. A BOM,
 * CRLF, quoted fields and blank lines are read as spreadsheets write them, and the delimiter is the
 * one the header line uses most (`,` or European Excel's `;`, whose list fields are then quoted).
 */
export function readAgentCsv(text: string): AgentCsvRow[] {
  const headerLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const records = parse(text, {
    columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
    delimiter: detectDelimiter(headerLine),
    skip_empty_lines: true,
    trim: true,
    bom: true,
  }) as Record<string, string>[];
  const header = records.length > 0 ? Object.keys(records[0]!) : [];
  const missing = agentCsvColumns.filter((column) => column !== "vendor" && column !== "end_date" && column !== "tags" && !header.includes(column));
  if (records.length > 0 && missing.length > 0) throw new Error(`missing column(s): ${missing.join(", ")}`);
  return records.map((record) => Object.fromEntries(agentCsvColumns.map((column) => [column, record[column] ?? ""])) as AgentCsvRow);
}

export function writeAgentCsv(agents: Agent[], queueNameById: Map<string, string>): string {
  const rows = agents.map((agent) => [
    agent.name, agent.email, agent.team, agent.timeZone, agent.vendor ?? "", agent.attritionCohort, agent.tags.join(";"),
    agent.hireDate, agent.endDate ?? "", agent.skillQueueIds.map((id) => queueNameById.get(id) ?? id).join(";"),
    agent.contract.minMinutesPerWeek, agent.contract.maxMinutesPerWeek, agent.contract.maxShiftsPerWeek,
    agent.contract.shiftLengthsMinutes.join(";"), formatAvailability(agent.availability),
  ]);
  return stringify([[...agentCsvColumns], ...rows]);
}

/** Turns one CSV row into the shape of the agent input contract, resolving queue names to ids. */
export function agentInputFromRow(row: AgentCsvRow, queueIdByName: Map<string, string>): { input: Record<string, unknown>; problems: Array<{ column: AgentCsvColumn; message: string }> } {
  const problems: Array<{ column: AgentCsvColumn; message: string }> = [];
  const skillNames = splitList(row.skills);
  const unknownSkills = skillNames.filter((name) => !queueIdByName.has(name));
  if (unknownSkills.length > 0) problems.push({ column: "skills", message: `unknown queue(s): ${unknownSkills.join(", ")}` });
  const availability = parseAvailability(row.availability);
  if (availability === null) problems.push({ column: "availability", message: 'must be like "Mon 09:00-17:00;Tue 09:00-17:00"' });
  const integer = (value: string) => (/^-?\d+$/.test(value) ? Number(value) : value);
  return {
    problems,
    input: {
      name: row.name, email: row.email, team: row.team, timeZone: row.time_zone,
      vendor: row.vendor === "" ? null : row.vendor, attritionCohort: row.attrition_cohort, tags: splitList(row.tags),
      hireDate: row.hire_date, endDate: row.end_date === "" ? null : row.end_date,
      skillQueueIds: skillNames.flatMap((name) => queueIdByName.get(name) ?? []),
      contract: {
        minMinutesPerWeek: integer(row.min_minutes_per_week), maxMinutesPerWeek: integer(row.max_minutes_per_week),
        maxShiftsPerWeek: integer(row.max_shifts_per_week), shiftLengthsMinutes: splitList(row.shift_lengths_minutes).map(integer),
      },
      availability: availability ?? [],
    },
  };
}

/** Who imports: a vendor manager may only import their own partner's agents. */
export interface AgentCsvImporter {
  /** The vendor every row must name, for a vendor manager; undefined for anyone else. */
  requiredVendor?: string | null;
}

export interface CheckedAgentCsv {
  valid: Array<{ row: number; draft: AgentDraft }>;
  problems: FieldProblem[];
  invalidRows: number[];
}

/**
 * Reads and validates every row (pure, so a worker thread can run it): each row's problems by row
 * and column, a repeated email, and for a vendor manager a row of another vendor. Throws, like
 * readAgentCsv, for a file that cannot be read.
 */
export function checkAgentCsv(text: string, queueIdByName: Map<string, string>, importer: AgentCsvImporter): CheckedAgentCsv {
  const rows = readAgentCsv(text);
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
    if (parsed.success && importer.requiredVendor !== undefined && parsed.data.vendor !== importer.requiredVendor) {
      rowProblems.push({ row: rowNumber, column: "vendor", path: "vendor", message: `must be ${importer.requiredVendor ?? "your partner"}` });
    }
    const email = String(mapped.input.email).toLowerCase();
    if (seenEmails.has(email)) rowProblems.push({ row: rowNumber, column: "email", path: "email", message: `repeats row ${seenEmails.get(email)}` });
    seenEmails.set(email, rowNumber);
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else if (parsed.success) valid.push({ row: rowNumber, draft: parsed.data });
  });
  const invalidRows = [...new Set(problems.map((problem) => problem.row!))];
  return { valid, problems, invalidRows };
}
