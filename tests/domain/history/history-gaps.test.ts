import { describe, expect, it } from "vitest";
import { findHistoryGaps } from "../../../api/domain/history/history-gaps";
import type { IsoWeekday } from "../../../api/domain/organisation/weekly-window";

const weekdays9to17 = ([1, 2, 3, 4, 5] as IsoWeekday[]).map((weekday) => ({
  weekday,
  startLocal: "09:00",
  endLocal: "17:00",
}));
/** Hourly starts from 09:00 to 16:00 New York time on each local date (EST, UTC−5, in January). */
const openDay = (date: string) =>
  Array.from({ length: 8 }, (_, hour) => Date.parse(`${date}T${String(14 + hour).padStart(2, "0")}:00:00Z`));

describe("findHistoryGaps", () => {
  it("finds a missing business day but not a closed weekend, by the queue's business hours", () => {
    const starts = [...openDay("2026-01-09"), ...openDay("2026-01-12"), ...openDay("2026-01-14")];
    expect(findHistoryGaps(starts, "America/New_York", 60, weekdays9to17)).toEqual([
      { fromUtcMs: Date.parse("2026-01-12T22:00:00Z"), toUtcMs: Date.parse("2026-01-14T14:00:00Z") },
    ]);
  });

  it("learns open hours from the file's own weekly slots when the queue has no business hours", () => {
    const starts = [...openDay("2026-01-05"), ...openDay("2026-01-12")];
    expect(findHistoryGaps(starts, "America/New_York", 60, [])).toEqual([]);
    const mondaysAndTuesdays = [...openDay("2026-01-05"), ...openDay("2026-01-06"), ...openDay("2026-01-13")];
    expect(findHistoryGaps(mondaysAndTuesdays, "America/New_York", 60, [])).toEqual([
      { fromUtcMs: Date.parse("2026-01-06T22:00:00Z"), toUtcMs: Date.parse("2026-01-13T14:00:00Z") },
    ]);
  });

  it("measures a gap in elapsed time across the spring-forward night: 23 hours without history is none, 25 hours is one", () => {
    const saturday = Date.parse("2026-03-07T22:00:00Z");
    const sunday = Date.parse("2026-03-08T22:00:00Z");
    const alwaysOpen = ([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).map((weekday) => ({
      weekday,
      startLocal: "00:00",
      endLocal: "00:00",
    }));
    expect(findHistoryGaps([saturday, sunday], "America/New_York", 60, alwaysOpen)).toEqual([]);
    expect(findHistoryGaps([saturday, sunday + 3_600_000 * 2], "America/New_York", 60, alwaysOpen)).toHaveLength(1);
  });
});
