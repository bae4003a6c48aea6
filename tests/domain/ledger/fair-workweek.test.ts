import { describe, expect, it } from "vitest";
import { fairWorkweekReport, isInsideNoticeWindow } from "../../../api/domain/ledger/fair-workweek";

const settings = { noticeWindowDays: 14, predictabilityPremiumMinutes: 60 };
const period = {
  periodStartUtc: "2026-03-02T00:00:00.000Z",
  periodEndUtc: "2026-03-30T00:00:00.000Z",
  payPeriodDays: 14,
};
const entry = (agentId: string, changedAtUtc: string, shiftStartUtc: string, isPosting = false) => ({
  agentId,
  changedAtUtc,
  shiftStartUtc,
  isPosting,
});

describe("fairWorkweekReport", () => {
  it("counts a change less than 14 days before the shift inside the window (New York City: 14 days' notice), and exactly 14 days outside", () => {
    expect(
      isInsideNoticeWindow({ changedAtUtc: "2026-03-01T09:00:00Z", shiftStartUtc: "2026-03-15T08:59:59Z" }, 14),
    ).toBe(true);
    expect(
      isInsideNoticeWindow({ changedAtUtc: "2026-03-01T09:00:00Z", shiftStartUtc: "2026-03-15T09:00:00Z" }, 14),
    ).toBe(false);
    expect(
      isInsideNoticeWindow({ changedAtUtc: "2026-03-10T09:00:00Z", shiftStartUtc: "2026-03-09T09:00:00Z" }, 14),
    ).toBe(true);
  });

  it("owes one premium per change inside the window, per agent and pay period, and nothing for the posting", () => {
    const rows = fairWorkweekReport(
      [
        entry("b", "2026-03-01T00:00:00Z", "2026-03-05T09:00:00Z"),
        entry("a", "2026-03-01T00:00:00Z", "2026-03-05T09:00:00Z"),
        entry("a", "2026-03-01T00:00:00Z", "2026-03-06T09:00:00Z"),
        entry("a", "2026-03-01T00:00:00Z", "2026-03-20T09:00:00Z"),
        entry("a", "2026-02-01T00:00:00Z", "2026-03-04T09:00:00Z", true),
        entry("a", "2026-03-01T00:00:00Z", "2026-04-02T09:00:00Z"),
      ],
      settings,
      period,
    );
    expect(rows).toEqual([
      {
        agentId: "a",
        payPeriodStartUtc: "2026-03-02T00:00:00.000Z",
        payPeriodEndUtc: "2026-03-16T00:00:00.000Z",
        changesInsideWindow: 2,
        changesOutsideWindow: 0,
        premiumMinutes: 120,
      },
      {
        agentId: "b",
        payPeriodStartUtc: "2026-03-02T00:00:00.000Z",
        payPeriodEndUtc: "2026-03-16T00:00:00.000Z",
        changesInsideWindow: 1,
        changesOutsideWindow: 0,
        premiumMinutes: 60,
      },
      {
        agentId: "a",
        payPeriodStartUtc: "2026-03-16T00:00:00.000Z",
        payPeriodEndUtc: "2026-03-30T00:00:00.000Z",
        changesInsideWindow: 0,
        changesOutsideWindow: 1,
        premiumMinutes: 0,
      },
    ]);
  });

  it("uses the organisation's window and rate, and refuses pay periods under a day", () => {
    const rows = fairWorkweekReport(
      [entry("a", "2026-03-01T00:00:00Z", "2026-03-20T09:00:00Z")],
      { noticeWindowDays: 21, predictabilityPremiumMinutes: 90 },
      period,
    );
    expect(rows.map((row) => [row.changesInsideWindow, row.premiumMinutes])).toEqual([[1, 90]]);
    expect(() => fairWorkweekReport([], settings, { ...period, payPeriodDays: 0 })).toThrow(RangeError);
  });
});
