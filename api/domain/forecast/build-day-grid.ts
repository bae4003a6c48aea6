import { wallClockSlotOf } from "../time/bucket";
import { slotsPerWallClockDay, type IntervalMinutes } from "../time/interval-minutes";
import { localDayInterval, localDayIntervalStarts, localEpochDayOf } from "../time/local-day";
import { fromEpochDay } from "../time/local-date";
import { makeEmptyGrid, type DayGrid } from "./day-grid";
import type { IntervalObservation } from "./interval-observation";
import { MS_PER_DAY } from "../time/durations";

/** History on the day grid as it came: counts, which cells had rows, and volume-weighted AHT sums. */
export interface RawHistoryGrid {
  grid: DayGrid;
  hasRows: Uint8Array;
  /** Σ count × ahtSeconds per cell, and Σ count of the rows that carried an AHT. */
  ahtSecondsTimesCount: Float64Array;
  ahtCount: Float64Array;
  hasAht: boolean;
}

/**
 * Lays interval observations on local days × wall-clock slots in the queue's zone. Observed days
 * are the days with at least one row; their cells without rows are 0 (a ticket export has no row for
 * an interval without tickets). The repeated fall-back slot holds the mean of its two intervals; the
 * slot a spring-forward day lacks holds the mean of its neighbours, so a weekly pattern keeps its
 * shape across the change. Throws RangeError for an empty history.
 */
export function buildDayGrid(
  observations: readonly IntervalObservation[],
  zoneName: string,
  intervalMinutes: IntervalMinutes,
): RawHistoryGrid {
  if (observations.length === 0) throw new RangeError("history is empty");
  const slotsPerDay = slotsPerWallClockDay(intervalMinutes);
  const cells = observations.map((observation) => ({
    observation,
    epochDay: localEpochDayOf(observation.intervalStartUtcMs, zoneName),
    slot: wallClockSlotOf(observation.intervalStartUtcMs, zoneName, intervalMinutes),
  }));
  const firstEpochDay = cells.reduce((least, cell) => Math.min(least, cell.epochDay), Infinity);
  const dayCount = cells.reduce((most, cell) => Math.max(most, cell.epochDay), -Infinity) - firstEpochDay + 1;
  const grid = makeEmptyGrid(firstEpochDay, dayCount, slotsPerDay);
  const rowsPerCell = new Uint8Array(dayCount * slotsPerDay);
  const raw: RawHistoryGrid = {
    grid,
    hasRows: new Uint8Array(dayCount * slotsPerDay),
    ahtSecondsTimesCount: new Float64Array(dayCount * slotsPerDay),
    ahtCount: new Float64Array(dayCount * slotsPerDay),
    hasAht: false,
  };
  for (const { observation, epochDay, slot } of cells) {
    const day = epochDay - firstEpochDay;
    const index = day * slotsPerDay + slot;
    grid.values[index] = (rowsPerCell[index] === 0 ? 0 : grid.values[index]) + observation.count;
    rowsPerCell[index] += 1;
    raw.hasRows[index] = 1;
    grid.isDayObserved[day] = 1;
    if (observation.ahtSeconds !== null && observation.count > 0) {
      raw.ahtSecondsTimesCount[index] += observation.ahtSeconds * observation.count;
      raw.ahtCount[index] += observation.count;
      raw.hasAht = true;
    }
  }
  for (let index = 0; index < rowsPerCell.length; index += 1)
    if (rowsPerCell[index] > 1) grid.values[index] /= rowsPerCell[index];
  fillObservedDays(grid, zoneName, intervalMinutes);
  return raw;
}

function fillObservedDays(grid: DayGrid, zoneName: string, intervalMinutes: IntervalMinutes): void {
  const { slotsPerDay } = grid;
  for (let day = 0; day < grid.dayCount; day += 1) {
    if (!grid.isDayObserved[day]) continue;
    const offset = day * slotsPerDay;
    for (let slot = 0; slot < slotsPerDay; slot += 1)
      if (Number.isNaN(grid.values[offset + slot])) grid.values[offset + slot] = 0;
    for (const slot of nonexistentSlots(fromEpochDay(grid.firstEpochDay + day), zoneName, intervalMinutes)) {
      const before = slot > 0 ? grid.values[offset + slot - 1] : grid.values[offset + slot + 1];
      const after = slot < slotsPerDay - 1 ? grid.values[offset + slot + 1] : before;
      grid.values[offset + slot] = (before + after) / 2;
    }
  }
}

/** Wall-clock slots that a spring-forward day skips (none on other days). */
function nonexistentSlots(localDate: string, zoneName: string, intervalMinutes: IntervalMinutes): number[] {
  const day = localDayInterval(localDate, zoneName);
  if (day.endUtcMs - day.startUtcMs >= MS_PER_DAY) return [];
  const present = new Set(
    localDayIntervalStarts(localDate, zoneName, intervalMinutes).map((start) =>
      wallClockSlotOf(start, zoneName, intervalMinutes),
    ),
  );
  const missing: number[] = [];
  for (let slot = 0; slot < slotsPerWallClockDay(intervalMinutes); slot += 1)
    if (!present.has(slot)) missing.push(slot);
  return missing;
}
