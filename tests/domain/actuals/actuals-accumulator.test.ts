import { describe, expect, it } from "vitest";
import { readActualsCsv } from "../../../api/codecs/actuals-csv-reader";

const newYork = { zoneName: "America/New_York", intervalMinutes: 30 as const, thresholdSeconds: 20 };

describe("actuals from a per-contact export", () => {
  it("counts each contact in its arrival interval across the spring-forward change, with hand-computed values", async () => {
    // 2026-03-08 in New York: 02:00 EST jumps to 03:00 EDT, so 01:30 EST (06:30Z) and 03:00 EDT (07:00Z) are adjacent intervals.
    const csv = [
      "created_at,answered_at,abandoned_at,ended_at",
      "2026-03-08 01:40:00,2026-03-08 01:40:15,,2026-03-08 01:45:15", // 06:30Z: waits 15 s (within 20), handles 300 s
      "2026-03-08 01:50:00,2026-03-08 01:50:30,,2026-03-08 01:52:30", // 06:30Z: waits 30 s, handles 120 s
      "2026-03-08 01:59:50,,2026-03-08 03:00:05,", // 06:30Z: gives up after 15 s, across the gap (06:59:50Z → 07:00:05Z)
      "2026-03-08 03:10:00,2026-03-08 03:10:05,,2026-03-08 03:20:05", // 07:00Z: waits 5 s, handles 600 s
      "2026-03-08T03:29:59-04:00,,,2026-03-08T03:31:00-04:00", // 07:00Z: ended unanswered after 61 s: abandoned, not within
    ].join("\n");
    const result = await readActualsCsv(csv, newYork);
    expect(result.ok).toBe(true);
    expect(result.shape).toBe("contacts");
    expect(result.intervals).toEqual([
      {
        intervalStart: "2026-03-08T06:30:00Z",
        offeredCount: 3,
        handledCount: 2,
        abandonedCount: 1,
        answeredWithinThresholdCount: 1,
        abandonedWithinThresholdCount: 1,
        reportedServiceLevelFraction: null,
        ahtSeconds: 210,
        asaSeconds: 22.5,
      },
      {
        intervalStart: "2026-03-08T07:00:00Z",
        offeredCount: 2,
        handledCount: 1,
        abandonedCount: 1,
        answeredWithinThresholdCount: 1,
        abandonedWithinThresholdCount: 0,
        reportedServiceLevelFraction: null,
        ahtSeconds: 600,
        asaSeconds: 5,
      },
    ]);
  });

  it("cuts days and the fall-back hour in the queue's zone: the second 01:00 is its own interval", async () => {
    const csv = [
      "created_at,answered_at,ended_at,resolved_first_contact,csat",
      "2026-10-31T23:50:00-04:00,2026-10-31T23:50:10-04:00,2026-10-31T23:55:10-04:00,yes,5",
      "2026-11-01T01:10:00-04:00,2026-11-01T01:10:10-04:00,2026-11-01T01:15:10-04:00,no,3",
      "2026-11-01T01:10:00-05:00,2026-11-01T01:10:30-05:00,2026-11-01T01:12:30-05:00,yes,4",
    ].join("\n");
    const result = await readActualsCsv(csv, newYork);
    expect(result.intervals.map((interval) => [interval.intervalStart, interval.offeredCount])).toEqual([
      ["2026-11-01T03:30:00Z", 1],
      ["2026-11-01T05:00:00Z", 1],
      ["2026-11-01T06:00:00Z", 1],
    ]);
    expect(result.days).toEqual([
      { localDate: "2026-10-31", fcrFraction: 1, csatScore: 5 },
      { localDate: "2026-11-01", fcrFraction: 0.5, csatScore: 3.5 },
    ]);
  });

  it("refuses contacts whose times contradict each other, by row and column, and keeps nothing", async () => {
    const csv = [
      "created_at,answered_at,abandoned_at,ended_at",
      "2026-03-02 09:00:00,2026-03-02 08:59:00,,2026-03-02 09:05:00",
      "2026-03-02 09:01:00,2026-03-02 09:01:10,2026-03-02 09:01:20,",
      "2026-03-02 09:02:00,,,",
      "2026-03-02 09:03:00,2026-03-02 09:03:10,,2026-03-02 09:04:00",
    ].join("\n");
    const result = await readActualsCsv(csv, newYork);
    expect(result.ok).toBe(false);
    expect(result.intervals).toEqual([]);
    expect(result.errorCount).toBe(3);
    expect(result.errors).toEqual([
      expect.objectContaining({ rowNumber: 2, column: "answered_at", reason: "is before the contact was created" }),
      expect.objectContaining({
        rowNumber: 3,
        column: "abandoned_at",
        reason: "a contact cannot be both answered and abandoned",
      }),
      expect.objectContaining({ rowNumber: 4, column: null }),
    ]);
  });
});

describe("actuals as interval totals", () => {
  it("keeps fractional counts as written and weights the day's FCR by handled contacts", async () => {
    const csv =
      "interval_start;offered;handled;abandoned;answered_within_threshold;aht_seconds;asa_seconds;fcr\n2026-03-02 09:00;10,5;9,5;1;8;312,5;14;0,8\n2026-03-02 09:30;4;3;1;;4:00;;0,6\n";
    const result = await readActualsCsv(csv, newYork);
    expect(result.ok).toBe(true);
    expect(result.delimiter).toBe(";");
    expect(result.intervals[0]).toEqual({
      intervalStart: "2026-03-02T14:00:00Z",
      offeredCount: 10.5,
      handledCount: 9.5,
      abandonedCount: 1,
      answeredWithinThresholdCount: 8,
      abandonedWithinThresholdCount: null,
      reportedServiceLevelFraction: null,
      ahtSeconds: 312.5,
      asaSeconds: 14,
    });
    expect(result.intervals[1]).toMatchObject({
      answeredWithinThresholdCount: null,
      ahtSeconds: 240,
      asaSeconds: null,
    });
    expect(result.days).toEqual([
      { localDate: "2026-03-02", fcrFraction: (0.8 * 9.5 + 0.6 * 3) / 12.5, csatScore: null },
    ]);
  });

  it("refuses a row off the queue's grid, a duplicate interval, a percent and a missing column, each by row and column", async () => {
    const csv =
      "timestamp,offered,handled,abandoned,service_level\n2026-03-02 09:00,10,9,1,0.8\n2026-03-02 09:10,5,5,0,0.9\n2026-03-02 09:00,3,3,0,0.7\n2026-03-02 09:30,3,3,0,85\n2026-03-02 10:00,3,,0,\n";
    const result = await readActualsCsv(csv, newYork);
    expect(result.ok).toBe(false);
    expect(result.errors.map((issue) => [issue.rowNumber, issue.column])).toEqual([
      [3, "timestamp"],
      [4, "timestamp"],
      [5, "service_level"],
      [6, "handled"],
    ]);
    const missing = await readActualsCsv("timestamp,offered\n2026-03-02 09:00,10\n", newYork);
    expect(missing.errors.map((issue) => issue.column)).toEqual(["handled", "abandoned"]);
  });

  it("imports the valid rows under skipInvalid and counts the skipped ones", async () => {
    const csv = "timestamp,offered,handled,abandoned\n2026-03-02 09:00,10,9,1\n2026-03-02 09:30,x,5,0\n";
    const result = await readActualsCsv(csv, { ...newYork, skipInvalid: true });
    expect(result).toMatchObject({ ok: true, importedRowCount: 1, skippedRowCount: 1 });
    expect(result.intervals).toHaveLength(1);
  });
});
