import { createReadStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readHistoryCsv } from "../../../api/codecs/history-csv-reader";

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/history/${name}`, import.meta.url));

describe("readHistoryCsv", () => {
  it("reads a helpdesk ticket export with quoted commas and m:ss handle times", async () => {
    const result = await readHistoryCsv(createReadStream(fixture("tickets-manila.csv")), {
      zoneName: "Asia/Manila",
      intervalMinutes: 60,
    });
    expect(result.ok).toBe(true);
    expect(result.shape).toBe("tickets");
    expect(result.rowCount).toBe(975);
    const mondayNine = result.intervals.find(
      (interval) => interval.intervalStartUtcMs === Date.parse("2026-01-05T01:00:00Z"),
    );
    expect(mondayNine).toEqual({
      intervalStartUtcMs: Date.parse("2026-01-05T01:00:00Z"),
      count: 2,
      ahtSeconds: (240 + 313) / 2,
    });
  });

  it("reads one queue of a multi-queue file through a DST fall-back night", async () => {
    const result = await readHistoryCsv(createReadStream(fixture("two-queues-fall-back.csv")), {
      zoneName: "America/New_York",
      intervalMinutes: 60,
      queue: "support",
    });
    expect(result.intervals).toHaveLength(24);
    expect(result.warningCount).toBe(1);
    expect(result.intervals.reduce((sum, interval) => sum + interval.count, 0)).toBe(24 * 20 + (23 * 24) / 2);
  });

  it("rejects text that is not CSV with a readable reason", async () => {
    const result = await readHistoryCsv('timestamp,count\n"2026-03-02T09:00,4\n', {
      zoneName: "UTC",
      intervalMinutes: 60,
    });
    expect(result.ok).toBe(false);
    expect(result.errors[0].reason).toContain("not a readable CSV file");
  });

  const sumOf = (result: { intervals: Array<{ count: number }> }) =>
    result.intervals.reduce((total, interval) => total + interval.count, 0);

  it.each([
    ["zendesk-tickets.csv", "Created at", "America/New_York"],
    ["freshdesk-tickets.csv", "Created time", "America/New_York"],
    ["intercom-conversations.csv", "Conversation started at", "Europe/London"],
  ])("reads %s by its own created-time column", async (name, timestampColumn, zoneName) => {
    const result = await readHistoryCsv(createReadStream(fixture(name)), {
      zoneName,
      intervalMinutes: 60,
      timestampColumn,
    });
    expect(result).toMatchObject({
      ok: true,
      shape: "tickets",
      delimiter: ",",
      rowCount: 320,
      importedRowCount: 320,
      errorCount: 0,
      warningCount: 0,
    });
    expect(result.intervals).toHaveLength(160);
    expect(sumOf(result)).toBe(320);
    const firstHour = zoneName === "Europe/London" ? "2026-02-02T09:00:00Z" : "2026-02-02T14:00:00Z";
    expect(result.intervals[0]).toMatchObject({ intervalStartUtcMs: Date.parse(firstHour), count: 1 });
  });

  it.each([
    ["fractional-counts.csv", ",", {}],
    ["semicolon-decimal-commas.csv", ";", {}],
    ["bom-crlf-quoted.csv", ",", {}],
    ["excel-day-first.csv", ";", { dateFormat: "DD/MM/YYYY HH:MM" as const }],
  ])("reads %s (delimiter %s) to the same 160 fractional intervals", async (name, delimiter, options) => {
    const result = await readHistoryCsv(createReadStream(fixture(name)), {
      zoneName: "Europe/Berlin",
      intervalMinutes: 60,
      ...options,
    });
    expect(result).toMatchObject({ ok: true, shape: "interval-counts", delimiter, rowCount: 160, errorCount: 0 });
    expect(sumOf(result)).toBe(454);
    expect(result.intervals.slice(0, 2)).toEqual([
      { intervalStartUtcMs: Date.parse("2026-02-02T08:00:00Z"), count: 4.25, ahtSeconds: 250 },
      { intervalStartUtcMs: Date.parse("2026-02-02T09:00:00Z"), count: 0.25, ahtSeconds: 260 },
    ]);
    expect(
      result.intervals.find((interval) => interval.intervalStartUtcMs === Date.parse("2026-02-03T08:00:00Z")),
    ).toEqual({ intervalStartUtcMs: Date.parse("2026-02-03T08:00:00Z"), count: 4.5, ahtSeconds: 250.5 });
  });

  it("never guesses day-first dates, and reads month-first only when told, refusing the 13th month", async () => {
    const unnamed = await readHistoryCsv(createReadStream(fixture("excel-day-first.csv")), {
      zoneName: "Europe/Berlin",
      intervalMinutes: 60,
    });
    expect(unnamed.ok).toBe(false);
    expect(unnamed.errors[0]).toMatchObject({
      rowNumber: 2,
      column: "timestamp",
      reason: expect.stringContaining("is not an ISO 8601 date-time"),
    });
    const monthFirst = await readHistoryCsv(createReadStream(fixture("excel-day-first.csv")), {
      zoneName: "Europe/Berlin",
      intervalMinutes: 60,
      dateFormat: "MM/DD/YYYY HH:MM",
    });
    expect(monthFirst.ok).toBe(false);
    expect(monthFirst.errors[0]!.reason).toContain('"13/02/2026 09:00" is not a date-time like MM/DD/YYYY HH:MM');
  });

  it("reads a comma file as commas when told, whatever the header holds, and refuses its decimal commas", async () => {
    const header = "timestamp,count,note;with;three;semicolons";
    expect((await readHistoryCsv(`${header}\n`, { zoneName: "UTC", intervalMinutes: 60 })).delimiter).toBe(";");
    const forced = await readHistoryCsv(`${header}\n2026-03-02T09:00,"12,5",x\n`, {
      zoneName: "UTC",
      intervalMinutes: 60,
      delimiter: ",",
    });
    expect(forced.delimiter).toBe(",");
    expect(forced.errors).toEqual([
      {
        rowNumber: 2,
        column: "count",
        reason: expect.stringContaining('"12,5" has a decimal comma, which a comma-delimited file cannot hold'),
      },
    ]);
    const detected = await readHistoryCsv("timestamp;count\r\n2026-03-02T09:00;12,5\r\n", {
      zoneName: "UTC",
      intervalMinutes: 60,
    });
    expect(detected).toMatchObject({ ok: true, delimiter: ";" });
    expect(detected.intervals[0]!.count).toBe(12.5);
  });
});
