/**
 * Minimises a function of a few variables by the Nelder–Mead simplex (Nelder & Mead 1965, The
 * Computer Journal 7(4); coefficients 1, 2, 0.5, 0.5 as in Lagarias et al. 1998, SIAM J. Optim. 9).
 * Derivative-free, which suits smoothing-parameter fits whose objective is a recursion.
 */
export interface NelderMeadResult {
  point: number[];
  value: number;
  evaluations: number;
}

export function minimiseNelderMead(
  objective: (point: number[]) => number,
  start: number[],
  step = 0.5,
  maxEvaluations = 200,
  tolerance = 1e-7,
): NelderMeadResult {
  let evaluations = 0;
  const evaluate = (point: number[]) => {
    evaluations += 1;
    const value = objective(point);
    return Number.isFinite(value) ? value : Number.MAX_VALUE;
  };
  let simplex = [start, ...start.map((_, axis) => start.map((x, i) => (i === axis ? x + step : x)))].map((point) => ({
    point,
    value: evaluate(point),
  }));
  while (evaluations < maxEvaluations) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0];
    const worst = simplex[simplex.length - 1];
    if (Math.abs(worst.value - best.value) <= tolerance * (Math.abs(best.value) + 1e-12)) break;
    const centroid = start.map(
      (_, i) => simplex.slice(0, -1).reduce((sum, vertex) => sum + vertex.point[i], 0) / (simplex.length - 1),
    );
    const along = (t: number) => centroid.map((c, i) => c + t * (worst.point[i] - c));
    const reflected = { point: along(-1), value: 0 };
    reflected.value = evaluate(reflected.point);
    if (reflected.value < best.value) {
      const expanded = { point: along(-2), value: 0 };
      expanded.value = evaluate(expanded.point);
      simplex[simplex.length - 1] = expanded.value < reflected.value ? expanded : reflected;
    } else if (reflected.value < simplex[simplex.length - 2].value) {
      simplex[simplex.length - 1] = reflected;
    } else {
      const contracted = { point: along(reflected.value < worst.value ? -0.5 : 0.5), value: 0 };
      contracted.value = evaluate(contracted.point);
      if (contracted.value < Math.min(worst.value, reflected.value)) simplex[simplex.length - 1] = contracted;
      else
        simplex = simplex.map((vertex, index) =>
          index === 0 ? vertex : shrinkToward(best.point, vertex.point, evaluate),
        );
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return { point: simplex[0].point, value: simplex[0].value, evaluations };
}

function shrinkToward(anchor: number[], point: number[], evaluate: (point: number[]) => number) {
  const shrunk = point.map((x, i) => anchor[i] + 0.5 * (x - anchor[i]));
  return { point: shrunk, value: evaluate(shrunk) };
}
