import type { HistoryIssue } from "../history/history-issue";
import { readCount, readDurationSeconds, type DecimalSeparator } from "../history/parse-values";
import { readTimestamp, type DateFormat, type ParsedTimestamp } from "../time/parse-timestamp";
import type { IntervalActualsColumns } from "./actuals-columns";
import type { IntervalActual } from "./interval-actual";
import { readFraction } from "./read-outcome-cells";

export interface IntervalRowReadOptions {
  zoneName: string;
  dateFormat?: DateFormat;
  decimalSeparator: DecimalSeparator;
}

/** One interval row: its start as read, its values, and the day-level FCR and CSAT it carries. */
export interface IntervalActualRow {
  start: ParsedTimestamp;
  actual: Omit<IntervalActual, "intervalStart">;
  fcrFraction: number | null;
  csatScore: number | null;
}

/**
 * Reads one interval row: offered, handled and abandoned are required numbers ≥ 0 (fractions kept);
 * the answered- and abandoned-within-threshold counts, the reported service level, AHT, ASA, FCR and
 * CSAT are optional (empty is unknown). A within-threshold count above its total is refused.
 */
export function readIntervalActualRow(
  record: string[],
  rowNumber: number,
  columns: IntervalActualsColumns,
  options: IntervalRowReadOptions,
  errors: HistoryIssue[],
): IntervalActualRow | null {
  const before = errors.length;
  const cell = (index: number | null) => (index === null ? "" : (record[index] ?? ""));
  const nameOf = (index: number | null) => columns.header[index!]!;
  const start = readTimestamp(cell(columns.timestamp), options.zoneName, options.dateFormat);
  if ("problem" in start) errors.push({ rowNumber, column: nameOf(columns.timestamp), reason: start.problem });
  const required = (index: number) => {
    const reading = readCount(cell(index), options.decimalSeparator);
    if ("problem" in reading) errors.push({ rowNumber, column: nameOf(index), reason: reading.problem });
    return "problem" in reading ? 0 : reading.value;
  };
  const optional = (index: number | null) => {
    if (index === null || cell(index).trim() === "") return null;
    const reading = readCount(cell(index), options.decimalSeparator);
    if ("problem" in reading) errors.push({ rowNumber, column: nameOf(index), reason: reading.problem });
    return "problem" in reading ? null : reading.value;
  };
  const seconds = (index: number | null) => {
    if (index === null || cell(index).trim() === "") return null;
    const reading = readDurationSeconds(cell(index), options.decimalSeparator);
    if ("problem" in reading) errors.push({ rowNumber, column: nameOf(index), reason: reading.problem });
    return "problem" in reading ? null : reading.value;
  };
  const fraction = (index: number | null) =>
    index === null ? null : readFraction(cell(index), nameOf(index), rowNumber, options.decimalSeparator, errors);
  const actual = {
    offeredCount: required(columns.offered),
    handledCount: required(columns.handled),
    abandonedCount: required(columns.abandoned),
    answeredWithinThresholdCount: optional(columns.answeredWithinThreshold),
    abandonedWithinThresholdCount: optional(columns.abandonedWithinThreshold),
    reportedServiceLevelFraction: fraction(columns.serviceLevel),
    ahtSeconds: seconds(columns.ahtSeconds),
    asaSeconds: seconds(columns.asaSeconds),
  };
  const fcrFraction = fraction(columns.fcr);
  const csatScore = optional(columns.csat);
  if ((actual.answeredWithinThresholdCount ?? 0) > actual.handledCount)
    errors.push({
      rowNumber,
      column: nameOf(columns.answeredWithinThreshold),
      reason: "more answered within the threshold than handled",
    });
  if ((actual.abandonedWithinThresholdCount ?? 0) > actual.abandonedCount)
    errors.push({
      rowNumber,
      column: nameOf(columns.abandonedWithinThreshold),
      reason: "more abandoned within the threshold than abandoned",
    });
  if ("problem" in start || errors.length > before) return null;
  return { start, actual, fcrFraction, csatScore };
}
