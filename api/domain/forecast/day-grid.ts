/**
 * History and forecasts laid out as local days × wall-clock slots, the shape every method works on.
 * Demand follows the wall clock (people call at 09:00 local whatever the offset), so a slot is a
 * wall-clock time of day: a spring-forward day has one slot that does not exist (filled in by
 * build-day-grid) and a fall-back day has one slot that occurs twice (averaged).
 *
 * `values[day * slotsPerDay + slot]` is a count per interval. A day that is not observed (no rows
 * although the queue normally opens that weekday, or a past special day) is all NaN and methods
 * skip it: missing history is not zero.
 */
export interface DayGrid {
  firstEpochDay: number;
  dayCount: number;
  slotsPerDay: number;
  values: Float64Array;
  isDayObserved: Uint8Array;
}

export function makeEmptyGrid(firstEpochDay: number, dayCount: number, slotsPerDay: number): DayGrid {
  return {
    firstEpochDay,
    dayCount,
    slotsPerDay,
    values: new Float64Array(dayCount * slotsPerDay).fill(Number.NaN),
    isDayObserved: new Uint8Array(dayCount),
  };
}

/** The first `dayCount` days, copied: what a forecast made at the end of that day may know. */
export function takeFirstDays(grid: DayGrid, dayCount: number): DayGrid {
  if (dayCount > grid.dayCount || dayCount < 0)
    throw new RangeError(`cannot take ${dayCount} of ${grid.dayCount} days`);
  return {
    ...grid,
    dayCount,
    values: grid.values.slice(0, dayCount * grid.slotsPerDay),
    isDayObserved: grid.isDayObserved.slice(0, dayCount),
  };
}

export function dayValues(grid: DayGrid, day: number): Float64Array {
  return grid.values.subarray(day * grid.slotsPerDay, (day + 1) * grid.slotsPerDay);
}

/** ISO weekday (1 = Monday) of a grid day, from its epoch day (1970-01-01 was a Thursday). */
export function weekdayOfGridDay(grid: DayGrid, day: number): number {
  return ((((grid.firstEpochDay + day + 3) % 7) + 7) % 7) + 1;
}

/** Sum of a day's slots; NaN for a day that is not observed. */
export function dayTotal(grid: DayGrid, day: number): number {
  if (!grid.isDayObserved[day]) return Number.NaN;
  let total = 0;
  for (const value of dayValues(grid, day)) total += value;
  return total;
}

/** Indexes of the last `count` observed days before `beforeDay` with the same weekday, newest first. */
export function lastObservedSameWeekdays(grid: DayGrid, beforeDay: number, count: number): number[] {
  const found: number[] = [];
  for (let day = beforeDay - 7; day >= 0 && found.length < count; day -= 7) {
    if (grid.isDayObserved[day]) found.push(day);
  }
  return found;
}
