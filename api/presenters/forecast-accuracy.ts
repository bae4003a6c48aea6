import type { QueueForecast } from "../domain/forecast/forecast-request";
import type { BandAccuracy } from "../domain/forecast/method-scores";
import type { BandSelection } from "../domain/forecast/select-method";
import type { ForecastAccuracy } from "../contracts/forecasts";

/** JSON has no NaN or Infinity: an error that is undefined (no actual volume) is stored as null. */
const finiteOrNull = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

const scores = (accuracy: BandAccuracy) => ({
  band: accuracy.band,
  method: accuracy.method,
  wmapeFraction: finiteOrNull(accuracy.wmapeFraction),
  mase: finiteOrNull(accuracy.mase),
  biasFraction: finiteOrNull(accuracy.biasFraction),
  targetDays: accuracy.targetDays,
});

const bandOf = (selection: BandSelection) => ({
  ...scores(selection.chosen),
  members: selection.members,
  seasonalNaiveWmapeFraction: finiteOrNull(selection.seasonalNaive?.wmapeFraction),
  poissonFloorFraction: finiteOrNull(selection.poissonFloorFraction),
});

/**
 * The accuracy stored with a forecast and shown on its card: per horizon band the chosen method's
 * backtest errors beside seasonal naive's and the Poisson floor, plus every candidate scored.
 */
export function accuracyOf(forecast: QueueForecast): ForecastAccuracy | null {
  if (!forecast.accuracy) return null;
  return {
    bands: [bandOf(forecast.accuracy.dayAhead), bandOf(forecast.accuracy.weekAhead)],
    candidates: forecast.accuracy.candidates.map(scores),
  };
}
