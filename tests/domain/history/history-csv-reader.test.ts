import { createReadStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readHistoryCsv } from "../../../api/services/history-csv-reader";

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/history/${name}`, import.meta.url));

describe("readHistoryCsv", () => {
  it("reads a helpdesk ticket export with quoted commas and m:ss handle times", async () => {
    const result = await readHistoryCsv(createReadStream(fixture("tickets-manila.csv")), { zoneName: "Asia/Manila", intervalMinutes: 60 });
    expect(result.ok).toBe(true);
    expect(result.shape).toBe("tickets");
    expect(result.rowCount).toBe(975);
    const mondayNine = result.intervals.find((interval) => interval.intervalStart === "2026-01-05T01:00:00Z");
    expect(mondayNine).toEqual({ intervalStart: "2026-01-05T01:00:00Z", count: 2, ahtSeconds: (240 + 313) / 2 });
  });

  it("reads one queue of a multi-queue file through a DST fall-back night", async () => {
    const result = await readHistoryCsv(createReadStream(fixture("two-queues-fall-back.csv")), { zoneName: "America/New_York", intervalMinutes: 60, queue: "support" });
    expect(result.intervals).toHaveLength(24);
    expect(result.warningCount).toBe(1);
    expect(result.intervals.reduce((sum, interval) => sum + interval.count, 0)).toBe(24 * 20 + (23 * 24) / 2);
  });

  it("rejects text that is not CSV with a readable reason", async () => {
    const result = await readHistoryCsv('timestamp,count\n"2026-03-02T09:00,4\n', { zoneName: "UTC", intervalMinutes: 60 });
    expect(result.ok).toBe(false);
    expect(result.errors[0].reason).toContain("not a readable CSV file");
  });
});
