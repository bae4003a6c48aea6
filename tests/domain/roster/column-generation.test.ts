import { beforeAll, describe, expect, it } from "vitest";
import { agentClassesOf, type AgentClasses } from "../../../api/domain/roster/model/agent-classes";
import { RosterSearch } from "../../../api/domain/roster/strategies/best-response";
import { generateCandidates } from "../../../api/domain/roster/model/candidates";
import { ColumnGeneration, FIRST_DIVE, moreCareful } from "../../../api/domain/roster/strategies/column-generation";
import { LagrangianBound } from "../../../api/domain/roster/strategies/lagrangian-bound";
import { buildMasterModel, masterValuesOf } from "../../../api/domain/roster/milp/master-model";
import { prepareProblem } from "../../../api/domain/roster/model/prepare";
import type { RosterSolution } from "../../../api/domain/roster/model/solution";
import { solveRoster } from "../../../api/domain/roster/strategies/solve-roster";
import type { MilpModel } from "../../../api/domain/roster/milp/solver-port";
import { createHighsSolver } from "../../../api/solvers/highs-solver";
import { blendedMicroProblem } from "./micro-problem";

const solver = createHighsSolver();

function objectiveOf(model: MilpModel, values: number[]): number {
  return model.variables.reduce((sum, variable, index) => sum + variable.cost * values[index], model.objectiveOffset);
}

function brokenRows(model: MilpModel, values: number[]): string[] {
  return model.rows
    .filter((row) => {
      const activity = row.terms.reduce((sum, term) => sum + term.coefficient * values[term.variable], 0);
      return activity < row.lower - 1e-6 || activity > row.upper + 1e-6;
    })
    .map((row) => row.name);
}

function localSearchRoster(classes: AgentClasses): RosterSearch {
  const search = new RosterSearch(classes);
  const agents = classes.prepared.source.agents.map((_, index) => index);
  while (search.sweep(agents) > 0) search.resplit();
  return search;
}

describe("column generation on the agent-week master", () => {
  const problem = blendedMicroProblem();
  const prepared = prepareProblem(problem);
  const classes = agentClassesOf(prepared, generateCandidates(prepared).candidates);
  let exact: RosterSolution;
  beforeAll(async () => {
    exact = await solveRoster(
      problem,
      { timeLimitSeconds: 20, relativeGap: 0, strategy: "milp" },
      { solver, clockMs: () => performance.now() },
    );
  });

  it("starts the integer master from a roster's own weeks, with every row met", () => {
    const search = localSearchRoster(classes);
    const columns = new ColumnGeneration(classes, new LagrangianBound(classes));
    columns.addRoster(search.snapshot());
    const master = buildMasterModel(classes, columns.columns, true);
    const counts = columns.columns.map((column) => {
      const members = classes.classMembers[column.classIndex];
      return members.filter((agent) => {
        const own = classes.agentCandidates[agent];
        return (
          search.shiftsOfAgent[agent]
            .map((index) => own.indexOf(index))
            .sort((a, b) => a - b)
            .join(",") === column.shifts.join(",")
        );
      }).length;
    });
    const values = masterValuesOf(classes, master, counts);
    expect(brokenRows(master.model, values)).toEqual([]);
    // The master splits blended time at least as well as the local search's greedy split.
    expect(objectiveOf(master.model, values)).toBeLessThanOrEqual(search.objective() + 1e-6);
  });

  it("reports only bounds at or below the proven optimum, and closes most of the way to it", async () => {
    expect(exact.status).toBe("optimal");
    const search = localSearchRoster(classes);
    const columns = new ColumnGeneration(classes, new LagrangianBound(classes));
    columns.addRoster(search.snapshot());
    for (let round = 0; round < 25; round += 1) {
      const added = await columns.iterate(solver, 10);
      expect(columns.bestBound).toBeLessThanOrEqual(exact.objective.total + 1e-6);
      if (added === 0) break;
    }
    await columns.close();
    expect(columns.iterations).toBeGreaterThan(0);
    // Fairness is outside the master, so the bound may stop short of the optimum, but not far.
    expect(columns.bestBound).toBeGreaterThan(0.8 * exact.objective.total);
  });

  it("finds a whole roster in the pool that keeps every hard rule and is no worse than its start", async () => {
    const search = localSearchRoster(classes);
    const start = search.snapshot();
    const startObjective = search.objective();
    const columns = new ColumnGeneration(classes, new LagrangianBound(classes));
    for (let round = 0; round < 10; round += 1) if ((await columns.iterate(solver, 10)) === 0) break;
    await columns.close();
    const roster = await columns.solveInteger(solver, 10, start);
    expect(roster).not.toBeNull();
    roster!.forEach((shifts) => expect(search.isFeasible(shifts)).toBe(true));
    search.restore(roster!);
    for (let pass = 0; pass < 3; pass += 1) search.resplit();
    expect(search.objective()).toBeLessThanOrEqual(startObjective + 1e-6);
    expect(search.objective()).toBeGreaterThanOrEqual(exact.objective.total - 1e-6 - fairnessAllowance(exact));
  });

  it("dives to a whole roster that keeps every hard rule and is no better than the proven optimum", async () => {
    const { search, columns } = await convergedColumns(classes);
    const roster = await columns.dive(solver, FIRST_DIVE, () => 10);
    await columns.close();
    expect(roster).not.toBeNull();
    // Every agent of the micro-problem got a week (the dive fixes one per agent), each legal.
    expect(roster!.length).toBe(problem.agents.length);
    roster!.forEach((shifts) => expect(search.isFeasible(shifts)).toBe(true));
    search.restore(roster!);
    for (let pass = 0; pass < 3; pass += 1) search.resplit();
    expect(search.objective()).toBeGreaterThanOrEqual(exact.objective.total - 1e-6 - fairnessAllowance(exact));
    expect(search.objective()).toBeGreaterThanOrEqual(columns.bestBound - 1e-6);
  });

  it("dives again, more carefully, on the same master after freeing what the first dive fixed", async () => {
    const { search, columns } = await convergedColumns(classes);
    const first = await columns.dive(solver, FIRST_DIVE, () => 10);
    const careful = moreCareful(FIRST_DIVE);
    const second = await columns.dive(solver, careful, () => 10);
    await columns.close();
    expect(careful).toEqual({ fixShare: FIRST_DIVE.fixShare / 2, pricingRounds: FIRST_DIVE.pricingRounds + 1 });
    for (const roster of [first, second]) {
      expect(roster).not.toBeNull();
      expect(roster!.length).toBe(problem.agents.length);
      roster!.forEach((shifts) => expect(search.isFeasible(shifts)).toBe(true));
      search.restore(roster!);
      for (let pass = 0; pass < 3; pass += 1) search.resplit();
      expect(search.objective()).toBeGreaterThanOrEqual(columns.bestBound - 1e-6);
    }
  });
});

/** Column generation from a local-search roster, run until no new week prices out (at most 25 rounds). */
async function convergedColumns(classes: AgentClasses): Promise<{ search: RosterSearch; columns: ColumnGeneration }> {
  const search = localSearchRoster(classes);
  const columns = new ColumnGeneration(classes, new LagrangianBound(classes));
  columns.addRoster(search.snapshot());
  for (let round = 0; round < 25; round += 1) if ((await columns.iterate(solver, 10)) === 0) break;
  return { search, columns };
}

/** The exact optimum includes fairness, which the master leaves out: a roster may undercut it by that much. */
function fairnessAllowance(solution: RosterSolution): number {
  return solution.objective.breakdown
    .filter((entry) => /_spread$/.test(entry.rule))
    .reduce((sum, entry) => sum + entry.cost, 0);
}
