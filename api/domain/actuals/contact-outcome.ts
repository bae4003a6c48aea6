import type { HistoryIssue } from "../history/history-issue";
import type { DecimalSeparator } from "../history/parse-values";
import { readCount } from "../history/parse-values";
import { readTimestamp, type DateFormat, type ParsedTimestamp } from "../time/parse-timestamp";
import type { ContactColumns } from "./actuals-columns";
import { readYesNo } from "./read-outcome-cells";

/** One contact of a per-contact export, reduced to what interval actuals need. */
export interface ContactOutcome {
  created: ParsedTimestamp;
  isHandled: boolean;
  /** Created → answered, for a handled contact. */
  waitSeconds: number | null;
  /** Answered → ended, for a handled contact whose end is known. */
  handleSeconds: number | null;
  /** Created → gave up (abandoned, else ended), for an abandoned contact. */
  abandonWaitSeconds: number | null;
  isResolvedFirstContact: boolean | null;
  csatScore: number | null;
}

export interface ContactReadOptions {
  zoneName: string;
  dateFormat?: DateFormat;
  decimalSeparator: DecimalSeparator;
}

type Stamp = { instantUtcMs: number } | null;

function readStamp(
  record: string[],
  index: number | null,
  columns: ContactColumns,
  rowNumber: number,
  options: ContactReadOptions,
  errors: HistoryIssue[],
): Stamp {
  if (index === null) return null;
  const text = (record[index] ?? "").trim();
  if (text === "") return null;
  const reading = readTimestamp(text, options.zoneName, options.dateFormat);
  if (!("problem" in reading)) return reading;
  errors.push({ rowNumber, column: columns.header[index]!, reason: reading.problem });
  return null;
}

const secondsBetween = (from: Stamp, to: Stamp) => (from && to ? (to.instantUtcMs - from.instantUtcMs) / 1000 : null);

/**
 * Reads one contact: handled when it has an answer time, abandoned otherwise (when it has an abandon
 * or end time). Refuses, by column, a time before the one it follows, a contact both answered and
 * abandoned, and one with neither an answer, an abandon nor an end (still open: it has no outcome yet).
 */
export function readContactOutcome(
  record: string[],
  rowNumber: number,
  columns: ContactColumns,
  options: ContactReadOptions,
  errors: HistoryIssue[],
): ContactOutcome | null {
  const before = errors.length;
  const createdText = record[columns.created] ?? "";
  const created = readTimestamp(createdText, options.zoneName, options.dateFormat);
  if ("problem" in created)
    errors.push({ rowNumber, column: columns.header[columns.created]!, reason: created.problem });
  const answered = readStamp(record, columns.answered, columns, rowNumber, options, errors);
  const abandoned = readStamp(record, columns.abandoned, columns, rowNumber, options, errors);
  const ended = readStamp(record, columns.ended, columns, rowNumber, options, errors);
  const fcr =
    columns.fcr === null ? null : readYesNo(record[columns.fcr] ?? "", columns.header[columns.fcr]!, rowNumber, errors);
  const csat =
    columns.csat === null
      ? null
      : readOptionalNumber(
          record[columns.csat] ?? "",
          columns.header[columns.csat]!,
          rowNumber,
          options.decimalSeparator,
          errors,
        );
  if ("problem" in created || errors.length > before) return null;
  const name = (index: number | null) => columns.header[index!]!;
  const order: Array<[Stamp, Stamp, number | null, string]> = [
    [created, answered, columns.answered, "is before the contact was created"],
    [created, abandoned, columns.abandoned, "is before the contact was created"],
    [
      answered ?? created,
      ended,
      columns.ended,
      answered ? "is before the contact was answered" : "is before the contact was created",
    ],
  ];
  for (const [from, to, index, reason] of order)
    if ((secondsBetween(from, to) ?? 0) < 0) errors.push({ rowNumber, column: name(index), reason });
  if (answered && abandoned)
    errors.push({
      rowNumber,
      column: name(columns.abandoned),
      reason: "a contact cannot be both answered and abandoned",
    });
  if (!answered && !abandoned && !ended)
    errors.push({
      rowNumber,
      column: null,
      reason: "the contact has no answered, abandoned or ended time (still open?)",
    });
  if (errors.length > before) return null;
  return {
    created,
    isHandled: answered !== null,
    waitSeconds: secondsBetween(created, answered),
    handleSeconds: answered ? secondsBetween(answered, ended) : null,
    abandonWaitSeconds: answered ? null : secondsBetween(created, abandoned ?? ended),
    isResolvedFirstContact: answered ? fcr : null,
    csatScore: csat,
  };
}

function readOptionalNumber(
  text: string,
  column: string,
  rowNumber: number,
  decimalSeparator: DecimalSeparator,
  errors: HistoryIssue[],
): number | null {
  if (text.trim() === "") return null;
  const reading = readCount(text, decimalSeparator);
  if ("problem" in reading) errors.push({ rowNumber, column, reason: reading.problem });
  return "problem" in reading ? null : reading.value;
}
