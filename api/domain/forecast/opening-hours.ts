import type { DayGrid } from "./day-grid";
import { weekdayOfGridDay } from "./day-grid";

/**
 * Which wall-clock slots a queue is open, per ISO weekday: `isOpen[(weekday - 1) * slotsPerDay + slot]`.
 * Learned from history, or set by the director. Closed slots are forecast as 0.
 */
export interface OpeningHours {
  slotsPerDay: number;
  isOpen: Uint8Array;
}

export interface LearnOpeningHoursOptions {
  /** How many recent weeks of each weekday to learn from; opening hours change, so old ones fade. */
  recentWeeks?: number;
  /** A slot is open on a weekday when it had rows on at least this share of that weekday's days. */
  minPresenceFraction?: number;
}

/**
 * Learns opening hours from which slots had rows (`hasRows[day * slotsPerDay + slot]`): a slot is
 * open on a weekday when rows were present on at least `minPresenceFraction` (default 0.25) of the
 * last `recentWeeks` (default 8) observed days of that weekday, and the open span of each weekday
 * is closed over gaps (a quiet 03:00 with no tickets inside a 24/7 day stays open). A weekday
 * without any observed day in the window is closed.
 */
export function learnOpeningHours(
  grid: DayGrid,
  hasRows: Uint8Array,
  options: LearnOpeningHoursOptions = {},
): OpeningHours {
  const recentWeeks = options.recentWeeks ?? 8;
  const minPresenceFraction = options.minPresenceFraction ?? 0.25;
  const { slotsPerDay } = grid;
  const isOpen = new Uint8Array(7 * slotsPerDay);
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    const days = recentObservedDaysOfWeekday(grid, weekday, recentWeeks);
    if (days.length === 0) continue;
    const present = new Array<number>(slotsPerDay).fill(0);
    for (const day of days) {
      for (let slot = 0; slot < slotsPerDay; slot += 1) present[slot] += hasRows[day * slotsPerDay + slot];
    }
    const openSlots = present
      .map((count, slot) => (count >= minPresenceFraction * days.length ? slot : -1))
      .filter((slot) => slot >= 0);
    if (openSlots.length === 0) continue;
    for (let slot = openSlots[0]; slot <= openSlots[openSlots.length - 1]; slot += 1)
      isOpen[(weekday - 1) * slotsPerDay + slot] = 1;
  }
  return { slotsPerDay, isOpen };
}

function recentObservedDaysOfWeekday(grid: DayGrid, weekday: number, recentWeeks: number): number[] {
  const days: number[] = [];
  for (let day = grid.dayCount - 1; day >= 0 && days.length < recentWeeks; day -= 1) {
    if (grid.isDayObserved[day] && weekdayOfGridDay(grid, day) === weekday) days.push(day);
  }
  return days;
}

export function isSlotOpen(hours: OpeningHours, weekday: number, slot: number): boolean {
  return hours.isOpen[(weekday - 1) * hours.slotsPerDay + slot] === 1;
}

export function isWeekdayOpen(hours: OpeningHours, weekday: number): boolean {
  const start = (weekday - 1) * hours.slotsPerDay;
  return hours.isOpen.subarray(start, start + hours.slotsPerDay).includes(1);
}

/** Opening hours with every slot of every weekday open (a 24/7 queue). */
export function alwaysOpen(slotsPerDay: number): OpeningHours {
  return { slotsPerDay, isOpen: new Uint8Array(7 * slotsPerDay).fill(1) };
}
