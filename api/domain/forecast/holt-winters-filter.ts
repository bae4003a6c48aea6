/**
 * Additive Holt-Winters with one or two seasonal cycles and Taylor's AR(1) error adjustment
 * (J.W. Taylor 2003, "Short-term electricity demand forecasting using double seasonal exponential
 * smoothing", JORS 54:799–805, eqs. 5–9, in error-correction form and without the trend term, which
 * Taylor found not to help at these lead times). NaN observations (days not observed) skip the
 * update, which is how a state-space filter treats missing values.
 */
export interface HoltWintersParams {
  /** Level smoothing, 0–1. */
  alpha: number;
  /** One smoothing gain per seasonal cycle, 0–1. */
  seasonalGains: number[];
  /** AR(1) coefficient on the last one-step error, 0–1. */
  phi: number;
}

export interface HoltWintersState {
  level: number;
  seasonals: Float64Array[];
  lastError: number;
  /** Observations consumed; the next one is position `length`. */
  length: number;
}

/** Level from the mean of the first longest cycle; each cycle's indices from what is left. */
export function initialiseState(series: Float64Array, periods: number[]): HoltWintersState {
  const window = series.subarray(0, Math.min(series.length, Math.max(...periods)));
  const level = meanIgnoringNaN(window);
  const seasonals: Float64Array[] = [];
  for (const period of periods) {
    const sums = new Float64Array(period);
    const counts = new Float64Array(period);
    window.forEach((value, t) => {
      if (Number.isNaN(value)) return;
      sums[t % period] += value - level - seasonals.reduce((sum, seasonal) => sum + seasonal[t % seasonal.length], 0);
      counts[t % period] += 1;
    });
    seasonals.push(sums.map((sum, phase) => (counts[phase] > 0 ? sum / counts[phase] : 0)));
  }
  return { level, seasonals, lastError: 0, length: 0 };
}

function meanIgnoringNaN(values: Float64Array): number {
  let sum = 0;
  let count = 0;
  for (const value of values) if (!Number.isNaN(value)) [sum, count] = [sum + value, count + 1];
  return count > 0 ? sum / count : 0;
}

/** The forecast `stepsAhead` (≥ 1) positions after the last observation consumed. */
export function forecastAhead(state: HoltWintersState, params: HoltWintersParams, stepsAhead: number): number {
  const position = state.length - 1 + stepsAhead;
  let value = state.level + Math.pow(params.phi, stepsAhead) * state.lastError;
  const seasonals = state.seasonals;
  for (let index = 0; index < seasonals.length; index += 1)
    value += seasonals[index][position % seasonals[index].length];
  return value;
}

/** Consumes one observation (NaN = missing) and returns its one-step error (0 when missing). */
export function updateState(state: HoltWintersState, params: HoltWintersParams, observation: number): number {
  const position = state.length;
  const seasonals = state.seasonals;
  let expected = state.level;
  for (let index = 0; index < seasonals.length; index += 1)
    expected += seasonals[index][position % seasonals[index].length];
  state.length += 1;
  if (Number.isNaN(observation)) {
    state.lastError *= params.phi;
    return 0;
  }
  const error = observation - expected;
  state.level += params.alpha * error;
  for (let index = 0; index < seasonals.length; index += 1) {
    seasonals[index][position % seasonals[index].length] += params.seasonalGains[index] * (1 - params.alpha) * error;
  }
  state.lastError = error;
  return error;
}
