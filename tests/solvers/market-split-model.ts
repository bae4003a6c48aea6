import type { MilpModel } from "../../api/domain/roster/milp/solver-port";

/**
 * A market-split instance (Cornuéjols & Dawande 1999, "A class of hard small 0-1 programs"):
 * choose 0-1 x so that each of m weighted sums hits half its total, here with slack penalised in
 * the objective so that x = 0 is always feasible. Branch and bound finds good incumbents quickly
 * but cannot close the gap for m = 4, n = 30 in minutes, which makes it a reliable long solve for
 * testing time limits and cancellation without depending on timing.
 */
export function buildMarketSplitModel(rowCount = 4, itemCount = 30, seed = 7): MilpModel {
  let state = seed;
  const nextCoefficient = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % 100;
  };
  const variables: MilpModel["variables"] = [];
  for (let item = 0; item < itemCount; item += 1) {
    variables.push({ name: `x(${item})`, lower: 0, upper: 1, isInteger: true, cost: 0 });
  }
  const rows: MilpModel["rows"] = [];
  for (let row = 0; row < rowCount; row += 1) {
    const weights = Array.from({ length: itemCount }, nextCoefficient);
    const target = Math.floor(weights.reduce((sum, weight) => sum + weight, 0) / 2);
    const over = variables.push({ name: `over(${row})`, lower: 0, upper: Infinity, isInteger: false, cost: 1 }) - 1;
    const under = variables.push({ name: `under(${row})`, lower: 0, upper: Infinity, isInteger: false, cost: 1 }) - 1;
    rows.push({
      name: `split(${row})`,
      terms: [
        ...weights.map((coefficient, variable) => ({ variable, coefficient })),
        { variable: over, coefficient: -1 },
        { variable: under, coefficient: 1 },
      ],
      lower: target,
      upper: target,
    });
  }
  return { variables, rows, objectiveOffset: 0 };
}
