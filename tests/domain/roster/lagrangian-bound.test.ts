import { beforeAll, describe, expect, it } from "vitest";
import type { RosterSolution } from "../../../api/domain/roster/solution";
import { agentClassesOf } from "../../../api/domain/roster/agent-classes";
import { generateCandidates } from "../../../api/domain/roster/candidates";
import { LagrangianBound } from "../../../api/domain/roster/lagrangian-bound";
import { prepareProblem } from "../../../api/domain/roster/prepare";
import type { RosterProblem } from "../../../api/domain/roster/problem";
import { solveRoster } from "../../../api/domain/roster/solve-roster";
import { seededRandom } from "../../../api/domain/roster/synthetic-week";
import { createHighsSolver } from "../../../api/solvers/highs-solver";
import { flatRequirements, microAgent, microProblem } from "./micro-problem";

/**
 * Three agents over two days and two queues: a voice agent, a chat agent and a blended one, a
 * lunch inside every shift, a weekly minimum that cannot all be met, and requirements that leave
 * both short and over-staffed intervals. Small enough for HiGHS to prove the optimum in a second,
 * which is the oracle: a valid bound never exceeds it.
 */
function blendedMicroProblem(): RosterProblem {
  const contract = { ...microAgent("x").contract, shiftLengthsMinutes: [300, 480], minMinutesPerWeek: 3000 };
  return microProblem({
    queues: [
      { id: "voice", priorityWeight: 2 },
      { id: "chat", priorityWeight: 1 },
    ],
    agents: [
      microAgent("ana", { contract }),
      microAgent("ben", { skills: ["chat"], contract }),
      microAgent("cy", { skills: ["voice", "chat"], contract, avoid: [{ weekday: 1, startLocal: "08:00", endLocal: "12:00" }] }),
    ],
    requirements: [
      ...flatRequirements("voice", ["2026-03-09"], 8, 18, 2),
      ...flatRequirements("voice", ["2026-03-10"], 10, 14, 1),
      ...flatRequirements("chat", ["2026-03-09", "2026-03-10"], 12, 20, 1),
    ],
    rules: { ...microProblem().rules, breaks: [{ kind: "lunch", durationMinutes: 60, minShiftMinutes: 480, earliestStartAfterMinutes: 180, latestStartAfterMinutes: 240 }] },
  });
}

const dependencies = () => ({ solver: createHighsSolver(), clockMs: () => performance.now() });

describe("Lagrangian bound on the coverage rows", () => {
  const problem = blendedMicroProblem();
  let exact: RosterSolution;
  beforeAll(async () => {
    exact = await solveRoster(problem, { timeLimitSeconds: 20, relativeGap: 0, strategy: "milp" }, dependencies());
  });

  it("never exceeds the proven optimum, whatever the prices", () => {
    expect(exact.status).toBe("optimal");
    const prepared = prepareProblem(problem);
    const classes = agentClassesOf(prepared, generateCandidates(prepared).candidates);
    const bound = new LagrangianBound(classes);
    const random = seededRandom(11);
    for (let trial = 0; trial < 30; trial += 1) {
      const prices = Float64Array.from(bound.prices, (_, key) => bound.lowerPrice[key] + random() * (2 * bound.upperPrice[key] + 40 - bound.lowerPrice[key]));
      expect(bound.evaluate(prices).bound).toBeLessThanOrEqual(exact.objective.total + 1e-6);
    }
    for (let step = 0; step < 200; step += 1) bound.step(exact.objective.total * 1.2);
    expect(bound.bestBound).toBeLessThanOrEqual(exact.objective.total + 1e-6);
    // The price search is worth having: it closes most of the way from the trivial bound 0.
    expect(bound.bestBound).toBeGreaterThan(0.5 * exact.objective.total);
  });

  it("solves by bound and local search with the bound below and the roster above the optimum", async () => {
    const searched = await solveRoster(problem, { timeLimitSeconds: 2, relativeGap: 0, strategy: "lagrangian" }, dependencies());
    expect(searched.method).toBe("lagrangian_search");
    expect(searched.lowerBound).not.toBeNull();
    expect(searched.lowerBound!).toBeLessThanOrEqual(exact.objective.total + 1e-6);
    expect(searched.objective.total).toBeGreaterThanOrEqual(exact.objective.total - 1e-6);
    expect(searched.absoluteGap).toBeCloseTo(searched.objective.total - searched.lowerBound!, 6);
    const costSum = searched.objective.breakdown.reduce((sum, entry) => sum + entry.cost, 0);
    expect(costSum).toBeCloseTo(searched.objective.total, 6);
  });
});
