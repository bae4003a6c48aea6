import { describe, expect, it } from "vitest";
import { HistoryAccumulator } from "../../../api/domain/history/history-accumulator";
import type { HistoryImportOptions } from "../../../api/domain/history/history-import";

/** Feeds a small CSV without quotes (the streaming reader is tested separately). */
function importRows(text: string, options: Partial<HistoryImportOptions> = {}) {
  const accumulator = new HistoryAccumulator({ zoneName: "America/New_York", intervalMinutes: 60, ...options });
  const [header, ...rows] = text
    .trim()
    .split("\n")
    .map((line) => line.split(","));
  accumulator.addHeader(header);
  rows.forEach((row, index) => accumulator.addRow(row, index + 2));
  return accumulator.finish();
}

describe("HistoryAccumulator", () => {
  it("buckets interval counts with AHT weighted by volume", () => {
    const result = importRows(
      "timestamp,count,aht_seconds\n2026-03-02T09:00,10,100\n2026-03-02T09:30,30,300\n2026-03-02T10:00,5,",
    );
    expect(result.ok).toBe(true);
    expect(result.shape).toBe("interval-counts");
    expect(result.intervals).toEqual([
      { intervalStartUtcMs: Date.parse("2026-03-02T14:00:00Z"), count: 40, ahtSeconds: 250 },
      { intervalStartUtcMs: Date.parse("2026-03-02T15:00:00Z"), count: 5, ahtSeconds: null },
    ]);
  });

  it("rejects the whole file with numbered errors and imports nothing", () => {
    const result = importRows(
      "timestamp,count\n2026-03-02T09:00,10\n2026-03-02T10:00,-3\nnot a date,4\n2026-03-02T11:00,NaN\n2026-03-02T12:00,1e400\n0099-03-02T12:00,1",
    );
    expect(result.ok).toBe(false);
    expect(result.intervals).toEqual([]);
    expect(result.importedRowCount).toBe(0);
    expect(result.errors).toEqual([
      { rowNumber: 3, column: "count", reason: '"-3" is negative' },
      {
        rowNumber: 4,
        column: "timestamp",
        reason: expect.stringContaining('"not a date" is not an ISO 8601 date-time'),
      },
      { rowNumber: 5, column: "count", reason: '"NaN" is not a number ≥ 0 (e.g. 12 or 45.5)' },
      { rowNumber: 6, column: "count", reason: '"1e400" is too large to be a number' },
      { rowNumber: 7, column: "timestamp", reason: '"0099-03-02T12:00": year 99 is outside 1970–2099' },
    ]);
  });

  it("lists the first 50 errors and counts them all", () => {
    const rows = Array.from({ length: 120 }, (_, index) => `2026-03-02T09:${String(index % 60).padStart(2, "0")},many`);
    const result = importRows(`timestamp,count\n${rows.join("\n")}`);
    expect(result.errors).toHaveLength(50);
    expect(result.errorCount).toBe(120);
  });

  it("imports the valid rows and reports the skipped ones under skipInvalid", () => {
    const result = importRows("timestamp,count\n2026-03-02T09:00,10\nbad,4\n2026-03-02T10:00,7", { skipInvalid: true });
    expect(result.ok).toBe(true);
    expect(result.intervals.map((interval) => interval.count)).toEqual([10, 7]);
    expect(result.skippedRowCount).toBe(1);
    expect(result.errors[0].rowNumber).toBe(3);
  });

  it("refuses duplicate interval counts unless told to sum them", () => {
    const text = "timestamp,count\n2026-03-02T09:00,10\n2026-03-02T09:00:00,4";
    expect(importRows(text).errors).toEqual([
      {
        rowNumber: 3,
        column: "timestamp",
        reason: "duplicate of row 2 (same interval); use --on-duplicate sum to add them",
      },
    ]);
    expect(importRows(text, { onDuplicate: "sum" }).intervals[0].count).toBe(14);
  });

  it("sums tickets of the same interval and averages their handle times", () => {
    const result = importRows(
      "id,created_at,handle_time\n1,2026-03-02 09:05,120\n2,2026-03-02 09:05,4:00\n3,2026-03-02 09:59,",
    );
    expect(result.shape).toBe("tickets");
    expect(result.intervals).toEqual([
      { intervalStartUtcMs: Date.parse("2026-03-02T14:00:00Z"), count: 3, ahtSeconds: 180 },
    ]);
  });

  it("warns about wall-clock times that do not exist or occur twice, and still imports them", () => {
    const result = importRows("timestamp,count\n2026-03-08T02:00,5\n2026-11-01T01:00,6");
    expect(result.ok).toBe(true);
    expect(result.warningCounts).toMatchObject({ nonexistentTimeRowCount: 1, ambiguousTimeRowCount: 1 });
    expect(result.warnings[0].reason).toContain("does not exist");
    expect(result.warnings[1].reason).toContain("occurs twice");
    expect(result.intervals.map((interval) => interval.intervalStartUtcMs)).toEqual(
      ["2026-03-08T07:00:00Z", "2026-11-01T05:00:00Z"].map((iso) => Date.parse(iso)),
    );
  });

  it("asks for --queue when a file holds several queues, and keeps only the chosen one", () => {
    const text = "timestamp,queue,count\n2026-03-02T09:00,sales,1\n2026-03-02T09:00,support,2";
    expect(importRows(text).errors[0].reason).toMatch(/2 queues .*choose one with --queue/);
    const support = importRows(text, { queue: "support" });
    expect(support.intervals.map((interval) => interval.count)).toEqual([2]);
    expect(support.otherQueueRowCount).toBe(1);
    expect(importRows(text, { queue: "billing" }).errors[0].reason).toContain("no rows for queue");
  });

  it("refuses hourly counts asked for in 15-minute intervals", () => {
    const rows = Array.from(
      { length: 30 },
      (_, hour) => `2026-03-0${2 + Math.floor(hour / 24)}T${String(hour % 24).padStart(2, "0")}:00,${hour}`,
    );
    expect(importRows(`timestamp,count\n${rows.join("\n")}`, { intervalMinutes: 15 }).errors[0].reason).toContain(
      "60-minute grid",
    );
  });

  it("explains a missing timestamp column and a named column that does not exist", () => {
    expect(importRows("id,subject\n1,hello").errors[0].reason).toContain("--timestamp-column");
    expect(importRows("id,created_at\n1,2026-03-02T09:00", { timestampColumn: "Opened" }).errors[0]).toMatchObject({
      column: "Opened",
    });
  });

  it("keeps fractional counts as they are, summing them exactly as doubles", () => {
    const result = importRows(
      "timestamp,count,aht_seconds\n2026-03-02T09:00,45.5,300.25\n2026-03-02T10:00,0.25,\n2026-03-02T11:00,.5,3e2",
    );
    expect(result.ok).toBe(true);
    expect(result.intervals.map((interval) => [interval.count, interval.ahtSeconds])).toEqual([
      [45.5, 300.25],
      [0.25, null],
      [0.5, 300],
    ]);
  });

  it("refuses a decimal comma in a comma-delimited file and reads it when the delimiter is a semicolon", () => {
    const commas = importRows("timestamp,count\n2026-03-02T09:00,12");
    expect(commas.ok).toBe(true);
    const accumulator = new HistoryAccumulator({ zoneName: "America/New_York", intervalMinutes: 60 });
    accumulator.addHeader(["timestamp", "count"]);
    accumulator.addRow(["2026-03-02T09:00", "12,5"], 2);
    expect(accumulator.finish().errors).toEqual([
      {
        rowNumber: 2,
        column: "count",
        reason: expect.stringContaining('"12,5" has a decimal comma, which a comma-delimited file cannot hold'),
      },
    ]);
    const european = new HistoryAccumulator({
      zoneName: "America/New_York",
      intervalMinutes: 60,
      decimalSeparator: ",",
    });
    european.addHeader(["timestamp", "count", "aht_seconds"]);
    european.addRow(["2026-03-02T09:00", "12,5", "310,75"], 2);
    expect(european.finish().intervals).toEqual([
      { intervalStartUtcMs: Date.parse("2026-03-02T14:00:00Z"), count: 12.5, ahtSeconds: 310.75 },
    ]);
  });

  it("refuses a count above a billion or a non-zero count below a millionth as a unit mistake", () => {
    const result = importRows(
      "timestamp,count\n2026-03-02T09:00,1000000001\n2026-03-02T10:00,0.0000001\n2026-03-02T11:00,0\n2026-03-02T12:00, ",
    );
    expect(result.errors.map((issue) => issue.reason)).toEqual([
      '"1000000001" is more than 1,000,000,000 contacts in one row',
      '"0.0000001" is more than 0 but less than 0.000001',
      "the cell is empty: a number is needed",
    ]);
  });

  it("refuses a count of four hundred nines instead of storing Infinity", () => {
    const result = importRows(`timestamp,count\n2026-03-02T09:00,${"9".repeat(400)}`);
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({
      rowNumber: 2,
      column: "count",
      reason: expect.stringContaining("too large"),
    });
  });

  it("refuses years outside 1970–2099, naming the row and column", () => {
    const result = importRows("timestamp,count\n9999-03-02T09:00,1\n1969-12-31T23:00,1\n2099-12-31T23:00,1");
    expect(result.errors).toEqual([
      { rowNumber: 2, column: "timestamp", reason: '"9999-03-02T09:00": year 9999 is outside 1970–2099' },
      { rowNumber: 3, column: "timestamp", reason: '"1969-12-31T23:00": year 1969 is outside 1970–2099' },
    ]);
  });

  it("reads day-first dates only when told to, never guessing", () => {
    expect(importRows("timestamp,count\n04/03/2026 09:00,1").errors[0].reason).toContain(
      "is not an ISO 8601 date-time",
    );
    expect(
      importRows("timestamp,count\n04/03/2026 09:00,1", { dateFormat: "DD/MM/YYYY HH:MM" }).intervals[0]
        .intervalStartUtcMs,
    ).toBe(Date.parse("2026-03-04T14:00:00Z"));
    expect(
      importRows("timestamp,count\n04/03/2026 09:00,1", { dateFormat: "MM/DD/YYYY HH:MM" }).intervals[0]
        .intervalStartUtcMs,
    ).toBe(Date.parse("2026-04-03T13:00:00Z"));
    expect(importRows("timestamp,count\n13/03/2026 09:00,1", { dateFormat: "MM/DD/YYYY HH:MM" }).ok).toBe(false);
  });

  it("warns once, with the count, about offsets that are not the queue zone's", () => {
    const result = importRows(
      "timestamp,count\n2026-03-02T14:00:00Z,1\n2026-03-02T15:00:00+00:00,2\n2026-03-02T11:00:00-05:00,3",
    );
    expect(result.ok).toBe(true);
    expect(result.warningCounts.offsetMismatchRowCount).toBe(2);
    expect(result.warnings).toEqual([
      {
        rowNumber: 2,
        column: "timestamp",
        reason: expect.stringMatching(
          /written at \+00:00, but America\/New_York is at -05:00 .*\(and 1 more row like it\)/,
        ),
      },
    ]);
    expect(result.intervals.map((interval) => interval.intervalStartUtcMs)).toEqual(
      ["2026-03-02T14:00:00Z", "2026-03-02T15:00:00Z", "2026-03-02T16:00:00Z"].map((iso) => Date.parse(iso)),
    );
  });

  it("counts summed duplicates and warns about a gap of more than a day inside open hours, not about closed weekends", () => {
    const weekdays = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-09", "2026-03-16"];
    const rows = weekdays.flatMap((date) => ["09", "10"].map((hour) => `${date}T${hour}:00,1`));
    const result = importRows(`timestamp,count\n${rows.join("\n")}\n2026-03-02T09:00,4`, { onDuplicate: "sum" });
    expect(result.summedDuplicateRowCount).toBe(1);
    expect(result.intervals[0].count).toBe(5);
    expect(result.warningCounts.gapCount).toBe(1);
    expect(result.warnings).toEqual([
      {
        rowNumber: null,
        column: null,
        reason:
          "no history from 2026-03-09T11:00:00-04:00 to 2026-03-16T09:00:00-04:00 (6.9 days) although the queue is open then",
      },
    ]);
  });
});
