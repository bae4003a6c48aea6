import { weekdayOfGridDay, type DayGrid } from "./day-grid";
import { isWeekdayOpen, type OpeningHours } from "./opening-hours";

/**
 * The part of the week a queue works: its open weekdays and the slots open on any of them. Models
 * with seasonal cycles run on this compressed series (Taylor 2003 worked on 24/7 electricity load;
 * a bank open 07:00–21:00 on weekdays has a "day" of 14 hourly slots and a "week" of 5 days), so
 * closed nights and weekends neither dilute the smoothing nor break the cycles.
 */
export interface OperatingLayout {
  openWeekdays: number[];
  activeSlots: number[];
}

export function operatingLayout(openingHours: OpeningHours): OperatingLayout {
  const openWeekdays = [1, 2, 3, 4, 5, 6, 7].filter((weekday) => isWeekdayOpen(openingHours, weekday));
  const activeSlots: number[] = [];
  for (let slot = 0; slot < openingHours.slotsPerDay; slot += 1) {
    if (openWeekdays.some((weekday) => openingHours.isOpen[(weekday - 1) * openingHours.slotsPerDay + slot]))
      activeSlots.push(slot);
  }
  return { openWeekdays, activeSlots };
}

/** Grid days that fall on open weekdays, in order. */
export function operatingDays(
  grid: DayGrid,
  layout: OperatingLayout,
  dayCount = grid.dayCount,
  firstDay = 0,
): number[] {
  const days: number[] = [];
  for (let day = firstDay; day < dayCount; day += 1)
    if (layout.openWeekdays.includes(weekdayOfGridDay(grid, day))) days.push(day);
  return days;
}

/** The compressed series: active slots of open-weekday days, NaN for days not observed. */
export function compressSeries(grid: DayGrid, layout: OperatingLayout): Float64Array {
  const days = operatingDays(grid, layout);
  const width = layout.activeSlots.length;
  const series = new Float64Array(days.length * width);
  days.forEach((day, position) => {
    for (let column = 0; column < width; column += 1) {
      series[position * width + column] = grid.isDayObserved[day]
        ? grid.values[day * grid.slotsPerDay + layout.activeSlots[column]]
        : Number.NaN;
    }
  });
  return series;
}

/**
 * Spreads a compressed forecast (active slots of the future open-weekday days, in order) back onto
 * `horizonDays` grid days after the grid's end; closed weekdays and inactive slots get 0.
 */
export function expandForecast(
  grid: DayGrid,
  layout: OperatingLayout,
  compressed: Float64Array,
  horizonDays: number,
): Float64Array {
  const forecast = new Float64Array(horizonDays * grid.slotsPerDay);
  const futureDays = operatingDays(grid, layout, grid.dayCount + horizonDays, grid.dayCount);
  const width = layout.activeSlots.length;
  futureDays.forEach((day, position) => {
    const ahead = day - grid.dayCount;
    for (let column = 0; column < width; column += 1) {
      forecast[ahead * grid.slotsPerDay + layout.activeSlots[column]] = compressed[position * width + column];
    }
  });
  return forecast;
}

/** How many open-weekday days fall in the next `horizonDays` days after the grid. */
export function futureOperatingDayCount(grid: DayGrid, layout: OperatingLayout, horizonDays: number): number {
  return operatingDays(grid, layout, grid.dayCount + horizonDays, grid.dayCount).length;
}
