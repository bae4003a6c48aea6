import { describe, expect, it } from "vitest";
import { composeChangeMessage } from "../../../api/domain/ledger/change-message";
import type { LedgerShift, ShiftChange } from "../../../api/domain/ledger/change-set";

const side = (startUtc: string, endUtc: string): LedgerShift => ({
  agentId: "a",
  startUtc,
  endUtc,
  queueIds: [],
  breaks: [],
  sequence: 0,
});
const change = (
  kind: ShiftChange["change"],
  before: LedgerShift | null,
  after: LedgerShift | null,
  shiftKey = "k",
): ShiftChange => ({ agentId: "a", shiftKey, change: kind, before, after });

describe("composeChangeMessage", () => {
  it("gives a move across the US change to daylight time (8 March 2026) in New York wall-clock times on both sides", () => {
    // 14:00Z is 09:00 EST (UTC−5) on Friday 6 March; 13:00Z is 09:00 EDT (UTC−4) on Monday 9 March.
    const message = composeChangeMessage({
      scheduleName: "March",
      kind: "repair",
      reasonCode: "sick",
      note: "Covering for Sam",
      zone: "America/New_York",
      changes: [
        change(
          "changed",
          side("2026-03-06T14:00:00Z", "2026-03-06T22:00:00Z"),
          side("2026-03-09T13:00:00Z", "2026-03-09T21:00:00Z"),
        ),
      ],
    });
    expect(message.subject).toBe("Your schedule changed: 1 shift in March");
    expect(message.shifts).toEqual([
      {
        shiftKey: "k",
        change: "changed",
        before: { startLocal: "2026-03-06T09:00:00-05:00", endLocal: "2026-03-06T17:00:00-05:00" },
        after: { startLocal: "2026-03-09T09:00:00-04:00", endLocal: "2026-03-09T17:00:00-04:00" },
      },
    ]);
    expect(message.text.split("\n")).toEqual([
      'Your shifts in "March" changed. Times are in America/New_York.',
      "",
      "Moved: Fri 2026-03-06 09:00–17:00 → Mon 2026-03-09 09:00–17:00",
      "",
      "Why: the schedule was repaired after an absence or a change of plan (sick).",
      "Note from your planner: Covering for Sam",
    ]);
  });

  it("lists new and cancelled shifts by start, without a note line when there is none", () => {
    const message = composeChangeMessage({
      scheduleName: "W",
      kind: "publish",
      reasonCode: null,
      note: null,
      zone: "Asia/Manila",
      changes: [
        change("added", null, side("2026-03-10T01:00:00Z", "2026-03-10T09:00:00Z"), "b"),
        change("removed", side("2026-03-09T01:00:00Z", "2026-03-09T09:00:00Z"), null, "a"),
      ],
    });
    expect(message.subject).toBe("Your schedule changed: 2 shifts in W");
    expect(message.text.split("\n").slice(2)).toEqual([
      "Cancelled: Mon 2026-03-09 09:00–17:00",
      "New: Tue 2026-03-10 09:00–17:00",
      "",
      "Why: a new version of the schedule was published.",
    ]);
  });
});
