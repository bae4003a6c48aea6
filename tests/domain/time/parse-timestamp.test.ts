import { describe, expect, it } from "vitest";
import { parseTimestamp, readTimestamp } from "../../../api/domain/time/parse-timestamp";

describe("parseTimestamp", () => {
  it("reads a timestamp with an offset as that instant, whatever the zone", () => {
    expect(parseTimestamp("2026-03-02T09:00:00+08:00", "America/New_York")).toEqual({
      instantUtcMs: Date.parse("2026-03-02T01:00:00Z"),
      resolution: "exact",
      hadOffset: true,
      offsetMinutes: 480,
    });
    expect(parseTimestamp("2026-03-02 01:00Z", "Asia/Manila")?.instantUtcMs).toBe(Date.parse("2026-03-02T01:00:00Z"));
    expect(parseTimestamp("2026-03-02T01:00:00.250-0500", "UTC")?.instantUtcMs).toBe(
      Date.parse("2026-03-02T06:00:00.250Z"),
    );
  });

  it("reads a timestamp without an offset as wall-clock time in the zone", () => {
    expect(parseTimestamp("2026-03-02 09:00", "Asia/Manila")?.instantUtcMs).toBe(Date.parse("2026-03-02T01:00:00Z"));
    expect(parseTimestamp("2026-07-01T09:00:00", "Europe/London")?.instantUtcMs).toBe(
      Date.parse("2026-07-01T08:00:00Z"),
    );
  });

  it("moves a nonexistent spring-forward time forward by the gap and says so", () => {
    expect(parseTimestamp("2026-03-08T02:30", "America/New_York")).toEqual({
      instantUtcMs: Date.parse("2026-03-08T07:30:00Z"),
      resolution: "nonexistent",
      hadOffset: false,
      offsetMinutes: null,
    });
    expect(parseTimestamp("2026-03-29 01:15", "Europe/London")?.resolution).toBe("nonexistent");
    expect(parseTimestamp("2026-10-04 02:30", "Australia/Sydney")?.instantUtcMs).toBe(
      Date.parse("2026-10-03T16:30:00Z"),
    );
  });

  it("takes the earlier occurrence of an ambiguous fall-back time and says so", () => {
    expect(parseTimestamp("2026-11-01T01:30", "America/New_York")).toEqual({
      instantUtcMs: Date.parse("2026-11-01T05:30:00Z"),
      resolution: "ambiguous",
      hadOffset: false,
      offsetMinutes: null,
    });
    expect(parseTimestamp("2026-10-25 01:30", "Europe/London")?.instantUtcMs).toBe(Date.parse("2026-10-25T00:30:00Z"));
    expect(parseTimestamp("2026-04-05 02:30", "Australia/Sydney")?.instantUtcMs).toBe(
      Date.parse("2026-04-04T15:30:00Z"),
    );
  });

  it("rejects text that is not a real ISO 8601 date-time", () => {
    for (const text of ["", "yesterday", "2026-02-30T10:00", "2026-13-01", "2026-03-02T24:00", "03/02/2026 10:00"]) {
      expect(parseTimestamp(text, "UTC")).toBeNull();
    }
  });

  it("refuses years outside 1970–2099 instead of reading 0099 as 1999, and keeps leap days right", () => {
    expect(readTimestamp("0099-03-02T09:00", "UTC")).toEqual({
      problem: '"0099-03-02T09:00": year 99 is outside 1970–2099',
    });
    expect(readTimestamp("9999-12-31 23:59", "UTC")).toEqual({
      problem: '"9999-12-31 23:59": year 9999 is outside 1970–2099',
    });
    expect(parseTimestamp("2099-12-31T23:59:59Z", "UTC")?.instantUtcMs).toBe(Date.parse("2099-12-31T23:59:59Z"));
    expect(parseTimestamp("2028-02-29T00:00Z", "UTC")?.instantUtcMs).toBe(Date.parse("2028-02-29T00:00:00Z"));
    expect(parseTimestamp("2027-02-29T00:00Z", "UTC")).toBeNull();
  });

  it("reads day-first and month-first dates only under their named format", () => {
    expect(parseTimestamp("03/02/2026 09:15", "Europe/Paris", "DD/MM/YYYY HH:MM")?.instantUtcMs).toBe(
      Date.parse("2026-02-03T08:15:00Z"),
    );
    expect(parseTimestamp("03/02/2026 09:15:30", "Europe/Paris", "MM/DD/YYYY HH:MM")?.instantUtcMs).toBe(
      Date.parse("2026-03-02T08:15:30Z"),
    );
    expect(parseTimestamp("2026-02-03T09:15", "Europe/Paris", "DD/MM/YYYY HH:MM")).toBeNull();
    expect(parseTimestamp("31/02/2026 09:15", "Europe/Paris", "DD/MM/YYYY HH:MM")).toBeNull();
  });
});
