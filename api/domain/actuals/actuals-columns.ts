import type { HistoryIssue } from "../history/history-issue";
import { normaliseColumnName, TICKET_TIMESTAMP_NAMES } from "../history/history-shape";
import type { ActualsShape } from "./interval-actual";

/** Column indexes of an interval-actuals file (one row per interval, the source's own totals). */
export interface IntervalActualsColumns {
  shape: "interval-actuals";
  timestamp: number;
  offered: number;
  handled: number;
  abandoned: number;
  answeredWithinThreshold: number | null;
  abandonedWithinThreshold: number | null;
  serviceLevel: number | null;
  ahtSeconds: number | null;
  asaSeconds: number | null;
  fcr: number | null;
  csat: number | null;
  queue: number | null;
  header: string[];
}

/** Column indexes of a raw per-contact export (one row per call or chat with its timestamps). */
export interface ContactColumns {
  shape: "contacts";
  created: number;
  answered: number | null;
  abandoned: number | null;
  ended: number | null;
  fcr: number | null;
  csat: number | null;
  queue: number | null;
  header: string[];
}

export type ActualsColumns = IntervalActualsColumns | ContactColumns;

const NAMES = {
  timestamp: ["interval_start", "timestamp"],
  offered: ["offered", "offered_count", "calls_offered", "contacts_offered"],
  handled: ["handled", "handled_count", "answered", "answered_count", "calls_handled"],
  abandoned: ["abandoned", "abandoned_count", "calls_abandoned"],
  answeredWithinThreshold: [
    "answered_within_threshold",
    "answered_within_sl",
    "answered_in_sl",
    "answered_within_target",
  ],
  abandonedWithinThreshold: ["abandoned_within_threshold", "short_abandoned", "abandoned_in_sl"],
  serviceLevel: ["service_level", "service_level_fraction", "sl"],
  ahtSeconds: ["aht_seconds", "aht", "handle_time_seconds"],
  asaSeconds: ["asa_seconds", "asa", "speed_of_answer_seconds"],
  fcr: ["fcr", "fcr_fraction", "first_contact_resolution", "resolved_first_contact"],
  csat: ["csat", "csat_score"],
  answeredAt: ["answered_at", "answer_time", "connected_at", "accepted_at"],
  abandonedAt: ["abandoned_at", "abandon_time"],
  endedAt: ["ended_at", "end_time", "closed_at", "disconnected_at", "call_end"],
  queue: ["queue"],
} as const;

const find = (normalised: string[], names: readonly string[]): number | null => {
  for (const name of names) {
    const index = normalised.indexOf(name);
    if (index >= 0) return index;
  }
  return null;
};

/**
 * Maps an actuals header: a file with an `offered` column holds interval totals; otherwise it is a
 * per-contact export, found by its created-time column (the names the ticket importer knows) and at
 * least one of answered, abandoned and ended. Explains in file-level issues why it cannot.
 */
export function mapActualsColumns(header: string[], forcedShape?: ActualsShape): ActualsColumns | HistoryIssue[] {
  const normalised = header.map(normaliseColumnName);
  const columnsText = header.map((name) => JSON.stringify(name)).join(", ");
  const offered = find(normalised, NAMES.offered);
  const shape = forcedShape ?? (offered !== null ? "interval-actuals" : "contacts");
  const [fcr, csat, queue] = [find(normalised, NAMES.fcr), find(normalised, NAMES.csat), find(normalised, NAMES.queue)];
  if (shape === "interval-actuals") {
    const required = {
      timestamp: find(normalised, NAMES.timestamp),
      offered,
      handled: find(normalised, NAMES.handled),
      abandoned: find(normalised, NAMES.abandoned),
    };
    const missing = Object.entries(required).filter(([, index]) => index === null);
    if (missing.length > 0)
      return missing.map(([name]) => ({
        rowNumber: null,
        column: name,
        reason: `interval actuals need a ${name} column (the columns are ${columnsText})`,
      }));
    return {
      shape,
      timestamp: required.timestamp!,
      offered: required.offered!,
      handled: required.handled!,
      abandoned: required.abandoned!,
      answeredWithinThreshold: find(normalised, NAMES.answeredWithinThreshold),
      abandonedWithinThreshold: find(normalised, NAMES.abandonedWithinThreshold),
      serviceLevel: find(normalised, NAMES.serviceLevel),
      ahtSeconds: find(normalised, NAMES.ahtSeconds),
      asaSeconds: find(normalised, NAMES.asaSeconds),
      fcr,
      csat,
      queue,
      header,
    };
  }
  const created = find(normalised, TICKET_TIMESTAMP_NAMES);
  const [answered, abandoned, ended] = [
    find(normalised, NAMES.answeredAt),
    find(normalised, NAMES.abandonedAt),
    find(normalised, NAMES.endedAt),
  ];
  const issues: HistoryIssue[] = [];
  if (created === null)
    issues.push({
      rowNumber: null,
      column: "created_at",
      reason: `a contact export needs a created-time column, or interval actuals an offered column (the columns are ${columnsText})`,
    });
  if (answered === null && abandoned === null && ended === null)
    issues.push({
      rowNumber: null,
      column: "answered_at",
      reason: "a contact export needs answered_at, abandoned_at or ended_at to tell handled from abandoned contacts",
    });
  if (issues.length > 0) return issues;
  return { shape, created: created!, answered, abandoned, ended, fcr, csat, queue, header };
}
