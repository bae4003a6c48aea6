import { describe, expect, it } from "vitest";
import { publishChanges } from "../../../api/domain/ledger/publish-changes";
import { diffShifts, sequencesOnPublish } from "../../../api/domain/schedule/publish-diff";
import type { ScheduleShift } from "../../../api/domain/schedule/schedule";

const shift = (id: string, shiftKey: string, agentId: string, startUtc: string, sequence = 0): ScheduleShift => ({
  id,
  versionId: "v",
  shiftKey,
  agentId,
  queueIds: ["q"],
  startUtc,
  endUtc: new Date(Date.parse(startUtc) + 8 * 3_600_000).toISOString(),
  breaks: [],
  sequence,
  revision: 1,
});

describe("publishChanges", () => {
  it("turns a publish's difference into ledger rows with the SEQUENCE each side carries, a reassigned shift removed from one agent and added to the other", () => {
    const previous = [
      shift("p1", "k1", "ana", "2026-03-02T09:00:00.000Z", 2),
      shift("p2", "k2", "ana", "2026-03-03T09:00:00.000Z"),
      shift("p3", "k3", "ben", "2026-03-04T09:00:00.000Z"),
      shift("p4", "k4", "ben", "2026-03-05T09:00:00.000Z"),
    ];
    const next = [
      shift("n1", "k1", "ana", "2026-03-02T10:00:00.000Z", 2),
      shift("n3", "k3", "cy", "2026-03-04T09:00:00.000Z"),
      shift("n4", "k4", "ben", "2026-03-05T09:00:00.000Z"),
      shift("n5", "k5", "ben", "2026-03-06T09:00:00.000Z"),
    ];
    const sequences = sequencesOnPublish(previous, next);
    const rows = publishChanges(diffShifts(previous, next, 1), previous, next, sequences);
    const summary = rows
      .map((row) => [row.agentId, row.shiftKey, row.change, row.before?.sequence ?? null, row.after?.sequence ?? null])
      .sort((a, b) => String(a[1]).localeCompare(String(b[1])) || String(a[0]).localeCompare(String(b[0])));
    expect(summary).toEqual([
      ["ana", "k1", "changed", 2, 3],
      ["ana", "k2", "removed", 0, null],
      ["ben", "k3", "removed", 0, null],
      ["cy", "k3", "added", null, 1],
      ["ben", "k5", "added", null, 0],
    ]);
    expect(rows.find((row) => row.shiftKey === "k1")!.after!.startUtc).toBe("2026-03-02T10:00:00.000Z");
  });

  it("records nothing when the work is the same", () => {
    const previous = [shift("p1", "k1", "ana", "2026-03-02T09:00:00.000Z", 1)];
    const next = [shift("n1", "k1", "ana", "2026-03-02T09:00:00.000Z", 1)];
    expect(publishChanges(diffShifts(previous, next, 1), previous, next, sequencesOnPublish(previous, next))).toEqual(
      [],
    );
  });
});
