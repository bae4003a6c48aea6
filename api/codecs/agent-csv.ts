import { parse } from "csv-parse/sync";
import type { Agent, AgentDraft } from "../domain/organisation/agent";
import type { IsoWeekday, WeeklyWindow } from "../domain/organisation/weekly-window";
import { agentInput } from "../contracts/agents";
import type { AgentImportReport } from "../contracts/agents";
import type { FieldProblem } from "../contracts/errors";
import { detectDelimiter, type CsvDelimiter } from "./history-csv-dialect";
import { restoreCsvText, writeCsv } from "./csv-output";

/** The columns agents are imported and exported with; list fields are separated by `;`. */
export const agentCsvColumns = [
  "name",
  "email",
  "team",
  "time_zone",
  "vendor",
  "attrition_cohort",
  "tags",
  "hire_date",
  "end_date",
  "skills",
  "min_minutes_per_week",
  "max_minutes_per_week",
  "max_shifts_per_week",
  "shift_lengths_minutes",
  "availability",
] as const;

export type AgentCsvColumn = (typeof agentCsvColumns)[number];
export type AgentCsvRow = Record<AgentCsvColumn, string>;

const weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** Which CSV column an input field path comes from, so a problem names what the user typed. */
export const columnOfField: Record<string, AgentCsvColumn> = {
  name: "name",
  email: "email",
  team: "team",
  timeZone: "time_zone",
  vendor: "vendor",
  attritionCohort: "attrition_cohort",
  tags: "tags",
  hireDate: "hire_date",
  endDate: "end_date",
  skillQueueIds: "skills",
  availability: "availability",
  "contract.minMinutesPerWeek": "min_minutes_per_week",
  "contract.maxMinutesPerWeek": "max_minutes_per_week",
  "contract.maxShiftsPerWeek": "max_shifts_per_week",
  "contract.shiftLengthsMinutes": "shift_lengths_minutes",
};

const splitList = (value: string): string[] =>
  value
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

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

export interface AgentCsvOptions {
  /** Forces the delimiter; detected from the header line otherwise. */
  delimiter?: CsvDelimiter;
}

/**
 * Parses the CSV text into rows keyed by column; throws a message naming missing columns. A BOM,
 * CRLF, quoted fields and blank lines are read as spreadsheets write them, and the delimiter is the
 * forced one, else the one the header line uses most (`,` or European Excel's `;`, whose list
 * fields are then quoted).
 */
export function readAgentCsv(
  text: string,
  options: AgentCsvOptions = {},
): { rows: AgentCsvRow[]; delimiter: CsvDelimiter } {
  const headerLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = options.delimiter ?? detectDelimiter(headerLine);
  const records = parse(text, {
    columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
    delimiter,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  }) as Record<string, string>[];
  const header = records.length > 0 ? Object.keys(records[0]!) : [];
  const missing = agentCsvColumns.filter(
    (column) => column !== "vendor" && column !== "end_date" && column !== "tags" && !header.includes(column),
  );
  if (records.length > 0 && missing.length > 0) throw new Error(`missing column(s): ${missing.join(", ")}`);
  const rows = records.map(
    (record) => Object.fromEntries(agentCsvColumns.map((column) => [column, record[column] ?? ""])) as AgentCsvRow,
  );
  return { rows, delimiter };
}

export function writeAgentCsv(agents: Agent[], queueNameById: Map<string, string>): string {
  const rows = agents.map((agent) => [
    agent.name,
    agent.email,
    agent.team,
    agent.timeZone,
    agent.vendor ?? "",
    agent.attritionCohort,
    agent.tags.join(";"),
    agent.hireDate,
    agent.endDate ?? "",
    agent.skillQueueIds.map((id) => queueNameById.get(id) ?? id).join(";"),
    agent.contract.minMinutesPerWeek,
    agent.contract.maxMinutesPerWeek,
    agent.contract.maxShiftsPerWeek,
    agent.contract.shiftLengthsMinutes.join(";"),
    formatAvailability(agent.availability),
  ]);
  return writeCsv(agentCsvColumns, rows);
}

/**
 * Turns one CSV row into the shape of the agent input contract, resolving queue names to ids. A
 * skill naming no queue of the organisation is dropped and named in `unknownSkills`: the agent is
 * imported with the skills that exist (a warning, not an error).
 */
export function agentInputFromRow(
  row: AgentCsvRow,
  queueIdByName: Map<string, string>,
): {
  input: Record<string, unknown>;
  problems: Array<{ column: AgentCsvColumn; message: string }>;
  unknownSkills: string[];
} {
  const problems: Array<{ column: AgentCsvColumn; message: string }> = [];
  const skillNames = splitList(row.skills);
  const unknownSkills = skillNames.filter((name) => !queueIdByName.has(name));
  const availability = parseAvailability(row.availability);
  if (availability === null)
    problems.push({ column: "availability", message: 'must be like "Mon 09:00-17:00;Tue 09:00-17:00"' });
  const integer = (value: string) => (/^-?\d+$/.test(value) ? Number(value) : value);
  return {
    problems,
    unknownSkills,
    input: {
      name: row.name,
      email: row.email,
      team: row.team,
      timeZone: row.time_zone,
      vendor: row.vendor === "" ? null : row.vendor,
      attritionCohort: row.attrition_cohort,
      tags: splitList(row.tags),
      hireDate: row.hire_date,
      endDate: row.end_date === "" ? null : row.end_date,
      skillQueueIds: skillNames.flatMap((name) => queueIdByName.get(name) ?? []),
      contract: {
        minMinutesPerWeek: integer(row.min_minutes_per_week),
        maxMinutesPerWeek: integer(row.max_minutes_per_week),
        maxShiftsPerWeek: integer(row.max_shifts_per_week),
        shiftLengthsMinutes: splitList(row.shift_lengths_minutes).map(integer),
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
  /** The rows to write, one per email (the file's last row for a repeated one). */
  valid: Array<{ row: number; draft: AgentDraft }>;
  problems: FieldProblem[];
  invalidRows: number[];
  rowCount: number;
  delimiter: CsvDelimiter;
  warnings: FieldProblem[];
  warningCounts: AgentImportReport["warningCounts"];
}

/**
 * Reads and validates every row (pure, so a worker thread can run it): each row's problems by row
 * and column, and for a vendor manager a row of another vendor. Warns of a skill naming an unknown
 * queue (dropped) and of an email an earlier valid row has: rows are applied in order, as updates
 * matched by email are, so the later row is written and the earlier one is not. Throws, like
 * readAgentCsv, for a file that cannot be read.
 */
export function checkAgentCsv(
  text: string,
  queueIdByName: Map<string, string>,
  importer: AgentCsvImporter,
  options: AgentCsvOptions = {},
): CheckedAgentCsv {
  const { rows, delimiter } = readAgentCsv(text, options);
  const problems: FieldProblem[] = [];
  const warnings: FieldProblem[] = [];
  const warningCounts = { unknownSkillRowCount: 0, duplicateEmailRowCount: 0 };
  const validByEmail = new Map<string, { row: number; draft: AgentDraft }>();
  rows.forEach((written, index) => {
    const rowNumber = index + 2;
    // Cells the export neutralised (`'=…`) read back as written, so export → import changes nothing.
    const row = Object.fromEntries(
      Object.entries(written).map(([column, value]) => [column, restoreCsvText(value)]),
    ) as AgentCsvRow;
    const mapped = agentInputFromRow(row, queueIdByName);
    const rowProblems: FieldProblem[] = mapped.problems.map((p) => ({
      row: rowNumber,
      column: p.column,
      path: p.column,
      message: p.message,
    }));
    const parsed = agentInput.safeParse(mapped.input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.filter((part) => typeof part === "string").join(".");
        const column = columnOfField[field] ?? columnOfField[field.split(".")[0]!] ?? field;
        if (!rowProblems.some((p) => p.column === column))
          rowProblems.push({ row: rowNumber, column, path: column, message: issue.message });
      }
    }
    if (parsed.success && importer.requiredVendor !== undefined && parsed.data.vendor !== importer.requiredVendor) {
      rowProblems.push({
        row: rowNumber,
        column: "vendor",
        path: "vendor",
        message: `must be ${importer.requiredVendor ?? "your partner"}`,
      });
    }
    if (rowProblems.length > 0 || !parsed.success) {
      problems.push(...rowProblems);
      return;
    }
    if (mapped.unknownSkills.length > 0) {
      warningCounts.unknownSkillRowCount += 1;
      warnings.push({
        row: rowNumber,
        column: "skills",
        path: "skills",
        message: `unknown queue(s) ${mapped.unknownSkills.join(", ")}: skill dropped, the agent is imported without it`,
      });
    }
    const email = parsed.data.email.toLowerCase();
    const earlier = validByEmail.get(email);
    if (earlier) {
      warningCounts.duplicateEmailRowCount += 1;
      warnings.push({
        row: rowNumber,
        column: "email",
        path: "email",
        message: `repeats the email of row ${earlier.row}: this later row is imported, row ${earlier.row} is not`,
      });
      validByEmail.delete(email);
    }
    validByEmail.set(email, { row: rowNumber, draft: parsed.data });
  });
  const invalidRows = [...new Set(problems.map((problem) => problem.row!))];
  const valid = [...validByEmail.values()].sort((a, b) => a.row - b.row);
  return { valid, problems, invalidRows, rowCount: rows.length, delimiter, warnings, warningCounts };
}

const maxReported = 50;

/**
 * The import's answer: what was read (rows, delimiter), what was written (agents created and
 * updated; nothing for a rejected file) and what was left out (invalid rows under skipInvalid),
 * with the first 50 errors and warnings.
 */
export function agentImportReportOf(
  checked: CheckedAgentCsv,
  written: { created: number; updated: number } | null,
): AgentImportReport {
  const skippedRows = written ? checked.invalidRows : [];
  return {
    isWritten: written !== null,
    rowCount: checked.rowCount,
    delimiter: checked.delimiter,
    created: written?.created ?? 0,
    updated: written?.updated ?? 0,
    ignoredRowCount: skippedRows.length,
    skippedRows,
    errors: checked.problems.slice(0, maxReported),
    errorCount: checked.problems.length,
    warningCount: checked.warningCounts.unknownSkillRowCount + checked.warningCounts.duplicateEmailRowCount,
    warningCounts: checked.warningCounts,
    warnings: checked.warnings.slice(0, maxReported),
  };
}
