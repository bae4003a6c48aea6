/**
 * Pools group rates toward the overall rate where exposure is small, by Bühlmann–Straub
 * credibility with the structural parameters estimated from the data (empirical Bayes).
 *
 * Source: H. Bühlmann and E. Straub (1970), "Glaubwürdigkeit für Schadensätze", Mitteilungen der
 * Vereinigung Schweizerischer Versicherungsmathematiker 70; estimators as in Klugman, Panjer and
 * Willmot, "Loss Models: From Data to Decisions", chapter "Empirical Bayes parameter estimation",
 * semiparametric case: with binomial counts the expected process variance per unit of exposure is
 * v = μ(1 − μ), the variance of the hypothetical means is
 *   a = (Σ nᵢ (Xᵢ − μ)² − (G − 1) v) / (n − Σ nᵢ² / n),
 * k = v / a, and group i's estimate is Zᵢ Xᵢ + (1 − Zᵢ) μ with Zᵢ = nᵢ / (nᵢ + k).
 * When a ≤ 0 the data show no differences between groups beyond chance, so every group gets μ.
 */
export interface ExposureCount {
  events: number;
  exposure: number;
}

export interface CredibilityEstimate {
  overallRate: number;
  /** Exposure at which a group's own rate gets half the weight; null when all weight goes to μ. */
  credibilityK: number | null;
  credibilityWeights: number[];
  rates: number[];
}

function varianceOfHypotheticalMeans(groups: ExposureCount[], overallRate: number, totalExposure: number): number {
  const exposed = groups.filter((group) => group.exposure > 0);
  const processVariance = overallRate * (1 - overallRate);
  const weightedSquares = exposed.reduce(
    (sum, group) => sum + group.exposure * (group.events / group.exposure - overallRate) ** 2,
    0,
  );
  const denominator = totalExposure - exposed.reduce((sum, group) => sum + group.exposure ** 2, 0) / totalExposure;
  if (denominator <= 0) return 0;
  return (weightedSquares - (exposed.length - 1) * processVariance) / denominator;
}

/** Returns all-zero rates when there is no exposure at all. */
export function credibilityWeightedRates(groups: ExposureCount[]): CredibilityEstimate {
  const totalExposure = groups.reduce((sum, group) => sum + group.exposure, 0);
  const totalEvents = groups.reduce((sum, group) => sum + group.events, 0);
  const overallRate = totalExposure > 0 ? totalEvents / totalExposure : 0;
  const processVariance = overallRate * (1 - overallRate);
  const hypotheticalVariance = totalExposure > 0 ? varianceOfHypotheticalMeans(groups, overallRate, totalExposure) : 0;
  const credibilityK = hypotheticalVariance > 0 ? processVariance / hypotheticalVariance : null;
  const credibilityWeights = groups.map((group) =>
    credibilityK === null || group.exposure <= 0 ? 0 : group.exposure / (group.exposure + credibilityK),
  );
  const rates = groups.map((group, index) => {
    const ownRate = group.exposure > 0 ? group.events / group.exposure : overallRate;
    return credibilityWeights[index] * ownRate + (1 - credibilityWeights[index]) * overallRate;
  });
  return { overallRate, credibilityK, credibilityWeights, rates };
}
