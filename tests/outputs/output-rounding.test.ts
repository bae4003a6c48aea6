import { describe, expect, it } from "vitest";
import {
  roundFraction,
  roundGap,
  roundProbability,
  roundQuantity,
  roundTo,
} from "../../api/presenters/output-rounding";
import { presentRosterSolution } from "../../api/presenters/solve-result-presenter";
import { solveMicro, microProblem, flatRequirements } from "../domain/roster/micro-problem";
import { floatNoiseIn } from "../support/float-noise";

describe("output rounding", () => {
  it("rounds sums of doubles to their unit and never answers -0", () => {
    expect(roundQuantity(9074.999999999169)).toBe(9075);
    expect(roundQuantity(0.1 + 0.2)).toBe(0.3);
    expect(roundQuantity(-0.0000001)).toBe(0);
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
    expect(roundFraction(0.812345)).toBe(0.8123);
    expect(roundGap(0.0123456789)).toBe(0.012346);
    expect(roundProbability(0.8883500191794669)).toBe(0.88835);
    expect(roundProbability(0.000041)).toBe(0.000041);
    expect(roundQuantity(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it("finds float noise in text and nothing in rounded numbers", () => {
    expect(floatNoiseIn('{"total":9074.999999999169}')).toEqual(["9074.999999999169"]);
    expect(floatNoiseIn("a,0.30000000000000004\n")).toEqual(["0.30000000000000004"]);
    expect(floatNoiseIn('{"total":9075,"gap":0.012346,"sl":0.8123,"t":"2026-03-09T00:00:00.000Z"}')).toEqual([]);
  });

  it("presents a roster solution with its agent-minutes to 2 decimals and its gap to 6", async () => {
    // A third of an agent per interval makes the objective a sum of thirds: float noise unrounded.
    const solution = await solveMicro(
      microProblem({ requirements: flatRequirements("voice", ["2026-03-09", "2026-03-10"], 9, 17, 1 / 3) }),
    );
    expect(floatNoiseIn(JSON.stringify(solution)).length).toBeGreaterThan(0);
    const presented = presentRosterSolution(solution);
    expect(floatNoiseIn(JSON.stringify(presented))).toEqual([]);
    expect(presented.objective.total).toBe(roundQuantity(solution.objective.total));
    for (const entry of presented.coverage)
      expect(entry.requiredAgents * 100).toBe(Math.round(entry.requiredAgents * 100));
  });
});
