import type { WeeklyWindow } from "../organisation/weekly-window";
import type { IntervalMinutes } from "../time/interval-minutes";
import { formatInstantInZone, formatInstantUtc } from "../time/format-instant";
import type { ParsedTimestamp } from "../time/parse-timestamp";
import { zoneOffsetMinutesAt } from "../time/zone";
import { findHistoryGaps } from "./history-gaps";
import { listIssue, type HistoryIssue } from "./history-issue";
import type { HistoryWarningCounts } from "./history-import";
import { MS_PER_DAY } from "../time/durations";

const formatOffset = (minutes: number) =>
  `${minutes < 0 ? "-" : "+"}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0")}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;

/**
 * What an import warns about without refusing the file, counted exactly and listed up to 50: each
 * wall-clock time the DST rule resolved; the rows whose written offset is not the queue zone's (one
 * line for all of them, as a whole file usually shares it); each gap of more than a day in open hours.
 */
export class HistoryWarnings {
  readonly counts: HistoryWarningCounts = {
    nonexistentTimeRowCount: 0,
    ambiguousTimeRowCount: 0,
    offsetMismatchRowCount: 0,
    gapCount: 0,
  };
  readonly listed: HistoryIssue[] = [];
  private firstOffsetMismatch: HistoryIssue | null = null;

  constructor(private readonly zoneName: string) {}

  get total(): number {
    const { nonexistentTimeRowCount, ambiguousTimeRowCount, offsetMismatchRowCount, gapCount } = this.counts;
    return nonexistentTimeRowCount + ambiguousTimeRowCount + offsetMismatchRowCount + gapCount;
  }

  noteTimestamp(rowNumber: number, column: string, text: string, timestamp: ParsedTimestamp): void {
    const quoted = JSON.stringify(text);
    if (timestamp.resolution === "nonexistent") {
      this.counts.nonexistentTimeRowCount += 1;
      listIssue(this.listed, {
        rowNumber,
        column,
        reason: `${quoted} does not exist (clocks sprang forward); read as ${formatInstantUtc(timestamp.instantUtcMs)}`,
      });
    } else if (timestamp.resolution === "ambiguous") {
      this.counts.ambiguousTimeRowCount += 1;
      listIssue(this.listed, {
        rowNumber,
        column,
        reason: `${quoted} occurs twice (clocks fell back); took the earlier, ${formatInstantUtc(timestamp.instantUtcMs)}`,
      });
    }
    if (timestamp.offsetMinutes === null) return;
    const zoneOffsetMinutes = zoneOffsetMinutesAt(timestamp.instantUtcMs, this.zoneName);
    if (timestamp.offsetMinutes === zoneOffsetMinutes) return;
    this.counts.offsetMismatchRowCount += 1;
    this.firstOffsetMismatch ??= {
      rowNumber,
      column,
      reason: `${quoted} is written at ${formatOffset(timestamp.offsetMinutes)}, but ${this.zoneName} is at ${formatOffset(zoneOffsetMinutes)} then (${formatInstantInZone(timestamp.instantUtcMs, this.zoneName)}); read as the instant it states`,
    };
  }

  /** Once every row is read: the offset line, then the gaps between the intervals to be written (ascending UTC ms). */
  finish(intervalStarts: number[], intervalMinutes: IntervalMinutes, openHours: WeeklyWindow[]): void {
    if (this.firstOffsetMismatch) {
      const others = this.counts.offsetMismatchRowCount - 1;
      listIssue(this.listed, {
        ...this.firstOffsetMismatch,
        reason: `${this.firstOffsetMismatch.reason}${others > 0 ? ` (and ${others} more row${others === 1 ? "" : "s"} like it)` : ""}`,
      });
    }
    const gaps = findHistoryGaps(intervalStarts, this.zoneName, intervalMinutes, openHours);
    this.counts.gapCount = gaps.length;
    for (const gap of gaps) {
      const days = (gap.toUtcMs - gap.fromUtcMs) / MS_PER_DAY;
      const from = formatInstantInZone(gap.fromUtcMs, this.zoneName);
      const to = formatInstantInZone(gap.toUtcMs, this.zoneName);
      listIssue(this.listed, {
        rowNumber: null,
        column: null,
        reason: `no history from ${from} to ${to} (${days.toFixed(1)} days) although the queue is open then`,
      });
    }
  }
}
