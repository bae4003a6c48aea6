import { z } from "zod";
import { forecastCsvRow, forecastDetail } from "../contracts/forecasts";
import { getQueueRequirements } from "../contracts/requirements";
import { problemWarningSchema, rosterSolutionSchema } from "../contracts/roster-problem";
import { coverageEntry, solveSchedule } from "../contracts/schedules";
import { shiftDesignSolutionSchema } from "../contracts/shift-design";
import { DEFAULT_RELATIVE_GAP } from "../contracts/solve-defaults";
import { solveJob } from "../contracts/solve-jobs";
import { intervalRequirement, staffingResult } from "../contracts/staffing";

/** The part of a JSON Schema this renderer reads. */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
  format?: string;
  additionalProperties?: JsonSchema | boolean;
}

interface FieldRow {
  path: string;
  type: string;
  description: string;
}

interface Section {
  title: string;
  where: string;
  schema: z.ZodType;
}

const toJsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: "draft-2020-12", io: "output", unrepresentable: "any" }) as JsonSchema;

const withoutNull = (schema: JsonSchema): { schema: JsonSchema; isNullable: boolean } => {
  const options = schema.anyOf ?? [];
  const others = options.filter((option) => option.type !== "null");
  if (options.length === 0 || others.length !== 1) return { schema, isNullable: false };
  return { schema: { ...others[0], description: schema.description ?? others[0].description }, isNullable: true };
};

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((value) => `\`${String(value)}\``).join(" \\| ");
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (schema.type === "array") return `${schema.items ? typeOf(withoutNull(schema.items).schema) : "any"}[]`;
  if (schema.type === "object" && !schema.properties && typeof schema.additionalProperties === "object")
    return `map of ${typeOf(schema.additionalProperties)}`;
  if (Array.isArray(schema.type)) return schema.type.join(" \\| ");
  return schema.format ? `${String(schema.type)} (${schema.format})` : (schema.type ?? "any");
}

/** One row per field, depth first; an array's element fields are named `field[].element`. */
function rowsOf(schema: JsonSchema, prefix: string): FieldRow[] {
  const element = schema.type === "array" && schema.items ? withoutNull(schema.items).schema : schema;
  const base = schema.type === "array" ? `${prefix}[]` : prefix;
  return Object.entries(element.properties ?? {}).flatMap(([name, raw]) => {
    const { schema: field, isNullable } = withoutNull(raw);
    const path = base ? `${base}.${name}` : name;
    const isOptional = !(element.required ?? []).includes(name);
    const type = `${typeOf(field)}${isNullable ? " \\| null" : ""}${isOptional ? " (optional)" : ""}`;
    if (!field.description)
      throw new Error(
        `${path} has no description: add .describe() to its contract so docs/outputs.md can say what it means`,
      );
    return [{ path, type, description: field.description }, ...rowsOf(field, path)];
  });
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function renderSection(section: Section): string {
  const schema = withoutNull(toJsonSchema(section.schema)).schema;
  const rows = rowsOf(schema, "");
  const table = [
    "| field | type | meaning |",
    "|---|---|---|",
    ...rows.map((row) => `| \`${row.path}\` | ${row.type.replace(/(?<!\\)\|/g, "\\|")} | ${cell(row.description)} |`),
  ];
  const intro = schema.description ? `${section.where}\n\n${schema.description}` : section.where;
  return [`## ${section.title}`, "", intro, "", ...table].join("\n");
}

const sections: Section[] = [
  {
    title: "Roster solution",
    where:
      "`cli roster` prints it on stdout; a roster solve job (`GET /api/solve-jobs/:jobId`, kind `roster`) holds it as `result`.",
    schema: rosterSolutionSchema,
  },
  {
    title: "Solve warnings",
    where:
      "In a roster solution's `warnings` and in the answers of `POST /api/schedules/solve` and `POST /api/schedules`; `cli roster` also prints them on stderr.",
    schema: z.object({
      warnings: z.array(problemWarningSchema).describe("in the order found; empty when the input was taken as given"),
    }),
  },
  {
    title: "Solve job",
    where:
      "`POST /api/solve-jobs`, `GET /api/solve-jobs/:jobId`, its server-sent events and `POST /api/solve-jobs/:jobId/cancel` (409 `job_finished` once the job has ended).",
    schema: solveJob,
  },
  {
    title: "Roster solve from the organisation",
    where: "`POST /api/schedules/solve` answers at once with the job to follow.",
    schema: solveSchedule.response,
  },
  {
    title: "Schedule coverage",
    where: "Each entry of `coverage` in `GET /api/schedules/:scheduleId/roster`.",
    schema: coverageEntry,
  },
  {
    title: "Shift design",
    where: "`cli shift-design` prints it on stdout; a shift-design solve job holds it as `result`.",
    schema: shiftDesignSolutionSchema,
  },
  {
    title: "Staffing (Erlang calculator)",
    where:
      "Each entry of `results` from `cli staffing` and `POST /api/staffing/calculate`, in input order: Erlangs, FTE and seconds to 2 decimals, probabilities and occupancy to 6.",
    schema: staffingResult,
  },
  {
    title: "Staffing requirements of a series",
    where:
      "Each entry of `intervals` from `cli requirements` and `POST /api/staffing/requirements`: Erlangs and FTE to 2 decimals, the service level to 6 like the calculator's.",
    schema: intervalRequirement,
  },
  {
    title: "Queue requirements from the stored forecast",
    where: "`GET /api/queues/:queueId/requirements`.",
    schema: getQueueRequirements.response,
  },
  {
    title: "Forecast",
    where:
      "`GET /api/queues/:queueId/forecasts/latest` and `GET /api/queues/:queueId/forecasts/:forecastId`; `POST /api/queues/:queueId/forecasts` answers the same without `range`, `intervals` and the totals.",
    schema: forecastDetail,
  },
  {
    title: "Forecast CSV",
    where: "`cli forecast` prints one row per interval of the horizon, with these columns in this order.",
    schema: forecastCsvRow,
  },
];

/**
 * docs/outputs.md: every output field of rosters, shift designs, staffing and forecasts with its
 * meaning, generated from the same zod contracts as the OpenAPI document (`npm run docs` writes it;
 * tests/docs/outputs-doc.test.ts fails when the file and the contracts disagree).
 */
export function renderOutputDocs(): string {
  const header = [
    "# Solution output fields",
    "",
    "Generated by `npm run docs` from the zod contracts in `api/contracts` (the same ones the OpenAPI",
    "document at `/api/openapi.json` is generated from): do not edit by hand.",
    "",
    "Numbers are rounded at the edge to their unit, never inside the solver: agent-minutes, minutes,",
    "person-minutes, agents, agent-hours, contacts, Erlangs and seconds to 2 decimals, shares such as service",
    "levels to 4, relative gaps to 6. The Erlang calculator and the requirements of a series keep 6 decimals for",
    "probabilities and occupancy, finer than published Erlang tables.",
    "",
    `Every solve (\`cli roster\`, \`cli shift-design\`, \`POST /api/solve-jobs\`, \`POST /api/schedules/solve\` and the Roster page) stops at a relative gap of ${DEFAULT_RELATIVE_GAP} (${DEFAULT_RELATIVE_GAP * 100} %) unless told otherwise.`,
  ];
  return `${[...header, ...sections.flatMap((section) => ["", renderSection(section)])].join("\n")}\n`;
}
