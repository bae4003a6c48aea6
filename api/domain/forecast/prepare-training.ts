import { fromEpochDay, isoWeekdayOfEpochDay } from "../time/local-date";
import type { RawHistoryGrid } from "./build-day-grid";
import type { TrainingData } from "./forecast-method";
import { isWeekdayOpen, learnOpeningHours, type OpeningHours } from "./opening-hours";
import type { SpecialDay } from "./special-day";

/**
 * Turns raw history into what methods train on. Past special days are taken out (a Christmas
 * closure must not teach the model that Thursdays are quiet); days of a weekday the queue never
 * opens become observed zeros; other days without rows stay unobserved (holiday or outage: missing,
 * not zero). Opening hours are the director's when given, else learned from the rows.
 */
export function prepareTraining(
  raw: RawHistoryGrid,
  specialDays: readonly SpecialDay[] = [],
  openingHours?: OpeningHours,
): TrainingData {
  const source = raw.grid;
  const grid = { ...source, values: source.values.slice(), isDayObserved: source.isDayObserved.slice() };
  const specialDates = new Set(specialDays.map((specialDay) => specialDay.localDate));
  for (let day = 0; day < grid.dayCount; day += 1) {
    if (specialDates.has(fromEpochDay(grid.firstEpochDay + day))) {
      grid.isDayObserved[day] = 0;
      grid.values.fill(Number.NaN, day * grid.slotsPerDay, (day + 1) * grid.slotsPerDay);
    }
  }
  const hours = openingHours ?? learnOpeningHours(grid, raw.hasRows);
  for (let day = 0; day < grid.dayCount; day += 1) {
    if (grid.isDayObserved[day] || specialDates.has(fromEpochDay(grid.firstEpochDay + day))) continue;
    if (!isWeekdayOpen(hours, isoWeekdayOfEpochDay(grid.firstEpochDay + day))) {
      grid.isDayObserved[day] = 1;
      grid.values.fill(0, day * grid.slotsPerDay, (day + 1) * grid.slotsPerDay);
    }
  }
  return { grid, openingHours: hours };
}
