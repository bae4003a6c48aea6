import type { HistoryIssue } from "./history-issue";

/**
 * The two shapes support tools export. "interval-counts": one row per interval with `timestamp`
 * and `count` (optionally `aht_seconds` and `queue`). "tickets": one row per ticket or call with a
 * timestamp column (`created_at`, "Created at", …) and optionally a handle-time column.
 */
export type HistoryShape = "interval-counts" | "tickets";

export interface ShapeOptions {
  shape?: HistoryShape;
  timestampColumn?: string;
  handleTimeColumn?: string;
}

export interface ColumnMap {
  shape: HistoryShape;
  timestamp: number;
  count: number | null;
  ahtSeconds: number | null;
  queue: number | null;
  /** Handle time in minutes rather than seconds (a column named like `handle_time_minutes`). */
  isHandleTimeInMinutes: boolean;
  header: string[];
}

/** "Created at", "created_at" and "CREATED-AT" are the same column. */
export function normaliseColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

export const TICKET_TIMESTAMP_NAMES = [
  "created_at",
  "created_time",
  "conversation_started_at",
  "created",
  "creation_date",
  "created_date",
  "timestamp",
  "datetime",
  "date_time",
  "start_time",
  "started_at",
  "arrival_time",
  "arrived_at",
  "received_at",
  "opened_at",
  "call_start",
  "date",
];
const HANDLE_TIME_NAMES = [
  "aht_seconds",
  "handle_time_seconds",
  "handle_time",
  "handling_time",
  "handle_seconds",
  "handle_time_minutes",
  "talk_time_seconds",
  "talk_time",
  "duration_seconds",
  "duration",
];

function findColumn(normalised: string[], names: readonly string[]): number | null {
  for (const name of names) {
    const index = normalised.indexOf(name);
    if (index >= 0) return index;
  }
  return null;
}

/** Maps a header to columns, or explains in file-level issues why it cannot. */
export function mapColumns(header: string[], options: ShapeOptions): ColumnMap | HistoryIssue[] {
  const normalised = header.map(normaliseColumnName);
  const countColumn = findColumn(normalised, ["count"]);
  const shape: HistoryShape = options.shape ?? (countColumn !== null ? "interval-counts" : "tickets");
  const chosen =
    options.timestampColumn === undefined
      ? null
      : findColumn(normalised, [normaliseColumnName(options.timestampColumn)]);
  const issues: HistoryIssue[] = [];
  const columnsText = header.map((name) => JSON.stringify(name)).join(", ");
  if (options.timestampColumn !== undefined && chosen === null) {
    issues.push({
      rowNumber: null,
      column: options.timestampColumn,
      reason: `no such column; the columns are ${columnsText}`,
    });
  }
  const timestamp =
    chosen ??
    findColumn(normalised, shape === "interval-counts" ? ["timestamp", "interval_start"] : TICKET_TIMESTAMP_NAMES);
  if (timestamp === null && issues.length === 0) {
    issues.push({
      rowNumber: null,
      column: null,
      reason: `no timestamp column found; name one with --timestamp-column (the columns are ${columnsText})`,
    });
  }
  if (shape === "interval-counts" && countColumn === null)
    issues.push({ rowNumber: null, column: "count", reason: "interval counts need a count column" });
  const handleTime =
    options.handleTimeColumn === undefined
      ? null
      : findColumn(normalised, [normaliseColumnName(options.handleTimeColumn)]);
  if (options.handleTimeColumn !== undefined && handleTime === null)
    issues.push({ rowNumber: null, column: options.handleTimeColumn, reason: "no such column" });
  if (issues.length > 0 || timestamp === null) return issues;
  const ahtSeconds =
    handleTime ??
    (shape === "interval-counts"
      ? findColumn(normalised, ["aht_seconds", "aht"])
      : findColumn(normalised, HANDLE_TIME_NAMES));
  return {
    shape,
    timestamp,
    count: shape === "interval-counts" ? countColumn : null,
    ahtSeconds,
    queue: findColumn(normalised, ["queue"]),
    isHandleTimeInMinutes: ahtSeconds !== null && normalised[ahtSeconds].includes("minute"),
    header,
  };
}
