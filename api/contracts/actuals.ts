import { z } from "zod";
import { idParams, isoDate, isoInstant } from "./common";
import { defineEndpoint } from "./endpoint";
import { csvDelimiter, historyDateFormat, historyImportReport } from "./history";

const booleanFlag = z.enum(["true", "false"]).default("false");

export const actualsImportQuery = z.object({
  shape: z
    .enum(["interval-actuals", "contacts"])
    .optional()
    .describe("interval totals (an offered column) or one row per contact; detected from the header by default"),
  skipInvalid: booleanFlag,
  fileQueue: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("the value of the file's queue column to import; the queue's name by default"),
  delimiter: csvDelimiter
    .optional()
    .describe("forces the delimiter; by default the one the header line uses most of , ; and tab"),
  dateFormat: historyDateFormat
    .default("iso")
    .describe("how dates are written; day-first and month-first are never guessed"),
});

export const actualsImportLogEntry = z.object({
  id: z.uuid(),
  importedBy: z.uuid().nullable().describe("the user who imported; null for the system (CLI, demo seed)"),
  importedAt: isoInstant,
  shape: z.enum(["interval-actuals", "contacts"]),
  rowCount: z.number().int(),
  intervalCount: z.number().int(),
  newIntervalCount: z.number().int(),
  replacedIntervalCount: z.number().int(),
});

export const actualsImportReport = historyImportReport.omit({ shape: true, summedDuplicateRowCount: true }).extend({
  shape: z.enum(["interval-actuals", "contacts"]).nullable(),
  dayCount: z.number().int().describe("local days whose FCR or CSAT the file wrote"),
  import: actualsImportLogEntry.nullable().describe("the import as logged; null when nothing was written"),
});
export type ActualsImportReport = z.infer<typeof actualsImportReport>;

export const importQueueActuals = defineEndpoint({
  method: "post",
  path: "/api/queues/:queueId/actuals",
  summary:
    "Import actuals from CSV (interval totals or a per-contact export); an interval in the file replaces the stored one, logged with who and when; all or nothing unless skipInvalid=true; a rejected file answers 422 with the same report",
  tag: "actuals",
  params: idParams("queueId"),
  query: actualsImportQuery,
  body: z.string(),
  bodyContentType: "text/csv",
  response: actualsImportReport,
});

export const intervalActual = z.object({
  intervalStart: isoInstant,
  offeredCount: z.number(),
  handledCount: z.number(),
  abandonedCount: z.number(),
  answeredWithinThresholdCount: z.number().nullable(),
  abandonedWithinThresholdCount: z.number().nullable(),
  reportedServiceLevelFraction: z.number().nullable(),
  ahtSeconds: z.number().nullable(),
  asaSeconds: z.number().nullable(),
  importId: z.uuid().describe("the import that wrote this interval last (see imports)"),
});

export const getQueueActuals = defineEndpoint({
  method: "get",
  path: "/api/queues/:queueId/actuals",
  summary:
    "A queue's stored actuals per interval and per day in [from, to) local dates, with the imports that wrote them",
  tag: "actuals",
  params: idParams("queueId"),
  query: z
    .object({
      from: isoDate.describe("first local date (inclusive) in the queue's zone"),
      to: isoDate.describe("last local date (exclusive)"),
    })
    .refine((query) => query.from < query.to, { message: "from must be before to", path: ["to"] }),
  response: z.object({
    queueId: z.uuid(),
    timeZone: z.string(),
    intervals: z.array(intervalActual),
    days: z.array(
      z.object({ localDate: isoDate, fcrFraction: z.number().nullable(), csatScore: z.number().nullable() }),
    ),
    imports: z.array(actualsImportLogEntry).describe("the imports that wrote the listed intervals, oldest first"),
  }),
});
