import { z } from "zod";
import { idParams, isoDate } from "./common";
import { defineEndpoint } from "./endpoint";
import { peopleRoles } from "./roles";

export const historyPoint = z.object({
  periodStart: z.iso.datetime({ offset: true }).describe("UTC instant the period starts at"),
  localDate: isoDate.describe("the period's first day in the queue's zone"),
  volume: z.number(),
  ahtSeconds: z.number().nullable().describe("volume-weighted mean handle time"),
});

export const getQueueHistory = defineEndpoint({
  method: "get",
  path: "/api/queues/:queueId/history",
  summary: "A queue's observed volume and handle time, per interval or summed by local day or week",
  tag: "history",
  roles: peopleRoles,
  params: idParams("queueId"),
  query: z
    .object({
      granularity: z.enum(["interval", "day", "week"]).default("day"),
      from: isoDate.describe("first local date (inclusive) in the queue's zone"),
      to: isoDate.describe("last local date (exclusive)"),
    })
    .refine((query) => query.from < query.to, { message: "from must be before to", path: ["to"] }),
  response: z.object({
    queueId: z.uuid(),
    timeZone: z.string(),
    granularity: z.enum(["interval", "day", "week"]),
    points: z.array(historyPoint),
  }),
});

const historyIssue = z.object({
  rowNumber: z.number().int().nullable().describe("spreadsheet row (header = row 1); null for a file-level problem"),
  column: z.string().nullable(),
  reason: z.string(),
});

const booleanFlag = z.enum(["true", "false"]).default("false");

/** The file's delimiters by name as well as by character (";" and a tab are awkward in a URL). */
export const csvDelimiter = z.enum([",", ";", "tab", "comma", "semicolon"]);
export const historyDateFormat = z.enum(["iso", "DD/MM/YYYY HH:MM", "MM/DD/YYYY HH:MM"]);

const intervalBound = z
  .object({
    start: z.iso.datetime({ offset: true }).describe("UTC instant the interval starts at"),
    localStart: z.iso.datetime({ offset: true }).describe("the same instant in the queue's zone, with its offset then"),
  })
  .nullable();

export const historyImportReport = z.object({
  isWritten: z.boolean().describe("false when the file was rejected whole and nothing was written (answered with 422)"),
  shape: z.enum(["interval-counts", "tickets"]).nullable(),
  timeZone: z.string().describe("the queue's zone: times without an offset were read in it"),
  delimiter: z
    .enum([",", ";", "\t"])
    .describe("the delimiter the file was read with (detected from the header unless given)"),
  rowCount: z.number().int().describe("data rows read, the header and blank lines excluded"),
  importedRowCount: z.number().int(),
  ignoredRowCount: z
    .number()
    .int()
    .describe("rows not imported: invalid rows skipped under skipInvalid plus other queues' rows"),
  skippedRowCount: z.number().int().describe("invalid rows left out under skipInvalid"),
  otherQueueRowCount: z.number().int().describe("rows of other queues in a multi-queue file, ignored"),
  summedDuplicateRowCount: z
    .number()
    .int()
    .describe("interval-count rows added to an earlier row of the same interval (onDuplicate=sum)"),
  intervalCount: z
    .number()
    .int()
    .describe("intervals written: only these replace stored history, every other stored interval is kept"),
  newIntervalCount: z.number().int().describe("of those, intervals that had no history before"),
  replacedIntervalCount: z.number().int().describe("of those, stored intervals whose values the file replaced"),
  firstInterval: intervalBound.describe("the file's first interval; null when nothing was written"),
  lastInterval: intervalBound.describe("the file's last interval; null when nothing was written"),
  errorCount: z.number().int(),
  errors: z.array(historyIssue).describe("the first 50 errors (or skipped rows)"),
  warningCount: z.number().int().describe("the sum of warningCounts"),
  warningCounts: z.object({
    nonexistentTimeRowCount: z
      .number()
      .int()
      .describe("wall-clock times inside a spring-forward gap, read forward by the gap"),
    ambiguousTimeRowCount: z.number().int().describe("wall-clock times in a fall-back hour, read as the earlier one"),
    offsetMismatchRowCount: z
      .number()
      .int()
      .describe("rows whose written offset is not the queue zone's offset at that instant"),
    gapCount: z.number().int().describe("stretches longer than a day without history inside open hours"),
  }),
  warnings: z.array(historyIssue).describe("the first 50 warnings; the file is imported all the same"),
});
export type HistoryImportReport = z.infer<typeof historyImportReport>;

export const historyImportQuery = z.object({
  timestampColumn: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'the timestamp column of a ticket export, e.g. "Created at" (Zendesk), "Created time" (Freshdesk), "Conversation started at" (Intercom)',
    ),
  skipInvalid: booleanFlag,
  onDuplicate: z
    .enum(["error", "sum"])
    .default("error")
    .describe("interval-count rows with the same start: an error or summed"),
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

export const importQueueHistory = defineEndpoint({
  method: "post",
  path: "/api/queues/:queueId/history",
  summary:
    "Import history from CSV (interval counts or one row per ticket); replaces only the intervals the file contains; all or nothing unless skipInvalid=true; a rejected file answers 422 with the same report",
  tag: "history",
  params: idParams("queueId"),
  query: historyImportQuery,
  body: z.string(),
  bodyContentType: "text/csv",
  response: historyImportReport,
});

export const exportQueueHistory = defineEndpoint({
  method: "get",
  path: "/api/queues/:queueId/history/export",
  summary:
    "A queue's stored history as interval-count CSV (timestamp in the queue's zone with its offset, count, aht_seconds), ready to import again",
  tag: "history",
  roles: peopleRoles,
  params: idParams("queueId"),
  query: z
    .object({
      from: isoDate.optional().describe("first local date (inclusive); all history when omitted"),
      to: isoDate.optional().describe("last local date (exclusive)"),
    })
    .refine((query) => query.from === undefined || query.to === undefined || query.from < query.to, {
      message: "from must be before to",
      path: ["to"],
    }),
  response: z.string(),
  responseContentType: "text/csv",
});
