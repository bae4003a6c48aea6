/** A span of UTC instants in milliseconds, half-open. */
export interface InstantSpan {
  startMs: number;
  endMs: number;
}

/** A stored forecast's horizon. */
export interface ForecastHorizon extends InstantSpan {
  id: string;
}

/**
 * The stored forecast to staff a period from: the first (callers list them newest first) whose
 * horizon covers all of it; when none does, the first that covers part of it, with the spans it
 * leaves without a forecast. Null when no forecast reaches into the period.
 */
export function chooseForecastFor(
  forecasts: readonly ForecastHorizon[],
  period: InstantSpan,
): { forecastId: string; uncovered: InstantSpan[] } | null {
  const covering = forecasts.find((forecast) => forecast.startMs <= period.startMs && forecast.endMs >= period.endMs);
  if (covering) return { forecastId: covering.id, uncovered: [] };
  const overlapping = forecasts.find((forecast) => forecast.startMs < period.endMs && forecast.endMs > period.startMs);
  if (!overlapping) return null;
  const uncovered = [
    { startMs: period.startMs, endMs: Math.min(overlapping.startMs, period.endMs) },
    { startMs: Math.max(overlapping.endMs, period.startMs), endMs: period.endMs },
  ].filter((gap) => gap.endMs > gap.startMs);
  return { forecastId: overlapping.id, uncovered };
}
