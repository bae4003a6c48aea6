import type { RawHistoryGrid } from "./build-day-grid";
import { weekdayOfGridDay } from "./day-grid";

/**
 * Handle time per future slot, weighted by volume: Σ(aht × count) / Σ count over the last
 * `recentWeeks` weeks of the same weekday and slot, because AHT is a property of contacts and an
 * interval with 3 contacts must not weigh like one with 300. Where a weekday's slot had no
 * contacts, the weekday's own weighted mean is used, then the whole history's. Returns null when the
 * history carries no handle time at all.
 */
export function forecastAhtSeconds(raw: RawHistoryGrid, horizonDays: number, recentWeeks = 8): Float64Array | null {
  if (!raw.hasAht) return null;
  const { grid } = raw;
  const { slotsPerDay } = grid;
  const firstDay = Math.max(0, grid.dayCount - 7 * recentWeeks);
  const weighted = new Float64Array(7 * slotsPerDay);
  const volume = new Float64Array(7 * slotsPerDay);
  for (let day = firstDay; day < grid.dayCount; day += 1) {
    const row = (weekdayOfGridDay(grid, day) - 1) * slotsPerDay;
    for (let slot = 0; slot < slotsPerDay; slot += 1) {
      weighted[row + slot] += raw.ahtSecondsTimesCount[day * slotsPerDay + slot];
      volume[row + slot] += raw.ahtCount[day * slotsPerDay + slot];
    }
  }
  const overall = ratioOfSums(raw.ahtSecondsTimesCount, raw.ahtCount);
  const forecast = new Float64Array(horizonDays * slotsPerDay);
  for (let ahead = 0; ahead < horizonDays; ahead += 1) {
    const row = (weekdayOfGridDay(grid, grid.dayCount + ahead) - 1) * slotsPerDay;
    const weekdayMean = ratioOfSums(weighted.subarray(row, row + slotsPerDay), volume.subarray(row, row + slotsPerDay));
    for (let slot = 0; slot < slotsPerDay; slot += 1) {
      const slotMean = volume[row + slot] > 0 ? weighted[row + slot] / volume[row + slot] : Number.NaN;
      forecast[ahead * slotsPerDay + slot] =
        [slotMean, weekdayMean, overall].find((value) => Number.isFinite(value)) ?? Number.NaN;
    }
  }
  return forecast;
}

function ratioOfSums(numerators: Float64Array, denominators: Float64Array): number {
  let numerator = 0;
  let denominator = 0;
  for (let index = 0; index < numerators.length; index += 1)
    [numerator, denominator] = [numerator + numerators[index], denominator + denominators[index]];
  return denominator > 0 ? numerator / denominator : Number.NaN;
}
