import { describe, expect, it } from "vitest";
import { enumerateCandidateShifts } from "../../../api/domain/shift-design/candidate-shifts";
import { coveredSlots, describeShift, describeSlot } from "../../../api/domain/shift-design/problem";
import example from "../../fixtures/shift-design-example.json";

describe("enumerateCandidateShifts", () => {
  it("lists every start and length of every type once", () => {
    // M: 4 starts × 3 lengths, D, A, N: 3 × 3 each (see the fixture's shiftTypes).
    expect(enumerateCandidateShifts(example)).toHaveLength(12 + 9 + 9 + 9);
  });

  it("counts a shift allowed by two overlapping types once", () => {
    const shiftTypes = [
      { name: "early", minStartSlot: 6, maxStartSlot: 8, minLengthSlots: 8, maxLengthSlots: 8 },
      { name: "mid", minStartSlot: 8, maxStartSlot: 9, minLengthSlots: 8, maxLengthSlots: 9 },
    ];
    const shifts = enumerateCandidateShifts({ shiftTypes });
    expect(shifts.filter((shift) => shift.startSlot === 8 && shift.lengthSlots === 8)).toHaveLength(1);
    expect(shifts).toHaveLength(3 + 4 - 1);
  });
});

describe("coveredSlots", () => {
  it("runs a Sunday night shift past midnight into Monday", () => {
    expect(coveredSlots({ startSlot: 22, lengthSlots: 4 }, 6, 24)).toEqual([166, 167, 0, 1]);
  });

  it("runs a Monday night shift into Tuesday", () => {
    expect(coveredSlots({ startSlot: 23, lengthSlots: 3 }, 0, 24)).toEqual([23, 24, 25]);
  });
});

describe("readable names", () => {
  it("names slots by weekday and clock time and shifts by start and length", () => {
    expect(describeSlot(96 * 6 + 29, 96, 15)).toBe("Sun 07:15");
    expect(describeShift({ startSlot: 29, lengthSlots: 34 }, 15)).toBe("07:15+8h30");
    expect(describeShift({ startSlot: 6, lengthSlots: 8 }, 60)).toBe("06:00+8h");
  });
});
