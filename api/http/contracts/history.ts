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

export const historyImportReport = z.object({
  isWritten: z.boolean().describe("false when the file was rejected whole and nothing was written"),
  shape: z.enum(["interval-counts", "tickets"]).nullable(),
  rowCount: z.number().int().describe("data rows read, the header excluded"),
  importedRowCount: z.number().int(),
  skippedRowCount: z.number().int().describe("invalid rows left out under skipInvalid"),
  otherQueueRowCount: z.number().int().describe("rows of other queues in a multi-queue file, ignored"),
  intervalCount: z.number().int().describe("intervals written"),
  replacedRange: z
    .object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }), fromDate: isoDate, toDate: isoDate })
    .nullable()
    .describe("the local days the file covers, [from, to): history there was replaced by the file's"),
  errorCount: z.number().int(),
  errors: z.array(historyIssue).describe("the first 50 errors (or skipped rows)"),
  warningCount: z.number().int(),
  warnings: z.array(historyIssue).describe("the first 50 wall-clock times resolved by the DST rule"),
});
export type HistoryImportReport = z.infer<typeof historyImportReport>;

export const importQueueHistory = defineEndpoint({
  method: "post",
  path: "/api/queues/:queueId/history",
  summary: "Import history from CSV (interval counts or one row per ticket); replaces the covered local days; all or nothing unless skipInvalid=true",
  tag: "history",
  params: idParams("queueId"),
  query: z.object({
    timestampColumn: z.string().min(1).max(200).optional().describe("the timestamp column of a per-ticket export, e.g. created_at"),
    skipInvalid: booleanFlag,
    onDuplicate: z.enum(["error", "sum"]).default("error").describe("interval-count rows with the same start: an error or summed"),
    fileQueue: z.string().min(1).max(200).optional().describe("the value of the file's queue column to import; the queue's name by default"),
  }),
  body: z.string(),
  bodyContentType: "text/csv",
  response: historyImportReport,
});
