import type { ForecastMethod } from "./forecast-method";

/**
 * The equal-weight average of several methods. Combining forecasts beats choosing one more often
 * than not (Clemen 1989, "Combining forecasts: a review", IJF 5; the M4 competition, Makridakis et
 * al. 2020), and equal weights are hard to beat with weights estimated on few weeks (the
 * "forecast combination puzzle", Smith & Wallis 2009). Where a member cannot say (NaN), the others
 * carry the interval.
 */
export function combineMethods(members: readonly ForecastMethod[]): ForecastMethod {
  if (members.length === 0) throw new RangeError("a combination needs at least one method");
  return {
    name: members.length === 1 ? members[0].name : `combination(${members.map((member) => member.name).join("+")})`,
    isApplicable: (training) => members.every((member) => member.isApplicable(training)),
    fit(training) {
      const models = members.map((member) => member.fit(training));
      return {
        forecastDays(grid, horizonDays) {
          const forecasts = models.map((model) => model.forecastDays(grid, horizonDays));
          return averageIgnoringNaN(forecasts);
        },
      };
    },
  };
}

export function averageIgnoringNaN(forecasts: readonly Float64Array[]): Float64Array {
  const average = new Float64Array(forecasts[0].length);
  for (let index = 0; index < average.length; index += 1) {
    let sum = 0;
    let count = 0;
    for (const forecast of forecasts)
      if (!Number.isNaN(forecast[index])) [sum, count] = [sum + forecast[index], count + 1];
    average[index] = count > 0 ? sum / count : Number.NaN;
  }
  return average;
}
