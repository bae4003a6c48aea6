import { dayTotal, dayValues, lastObservedSameWeekdays, type DayGrid } from "./day-grid";

/**
 * The share of a day's volume in each slot, from the last `weekCount` observed days of the same
 * weekday as `targetDay` (pooled: Σ counts per slot / Σ day totals, so a busy day weighs more).
 * Returns null when there is no such day or they had no volume.
 */
export function recentIntradayProfile(grid: DayGrid, targetDay: number, weekCount: number): Float64Array | null {
  const latestSameWeekday = targetDay - 7 * Math.ceil((targetDay - grid.dayCount + 1) / 7);
  const days = lastObservedSameWeekdays(grid, Math.min(latestSameWeekday, grid.dayCount - 1) + 7, weekCount);
  const shares = new Float64Array(grid.slotsPerDay);
  let total = 0;
  for (const day of days) {
    const values = dayValues(grid, day);
    for (let slot = 0; slot < grid.slotsPerDay; slot += 1) shares[slot] += values[slot];
    total += dayTotal(grid, day);
  }
  if (total <= 0) return null;
  for (let slot = 0; slot < grid.slotsPerDay; slot += 1) shares[slot] /= total;
  return shares;
}
