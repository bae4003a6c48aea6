import { describe, expect, it } from "vitest";
import { studentTQuantile } from "../../../api/domain/simulation/student-t";

describe("studentTQuantile", () => {
  // Critical values from NIST/SEMATECH e-Handbook of Statistical Methods, table 1.3.6.7.2.
  it.each([
    [0.975, 1, 12.706],
    [0.975, 2, 4.303],
    [0.975, 3, 3.182],
    [0.975, 4, 2.776],
    [0.975, 10, 2.228],
    [0.975, 15, 2.131],
    [0.975, 100, 1.984],
    [0.9995, 15, 4.073],
    [0.9995, 30, 3.646],
  ])("gives the table's t(%f, %i) = %f within 0.005", (probability, degreesOfFreedom, expected) => {
    expect(studentTQuantile(probability, degreesOfFreedom)).toBeCloseTo(expected, 2);
  });

  it("rejects fewer than one degree of freedom", () => {
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
  });
});
