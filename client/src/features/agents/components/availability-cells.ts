import type { AgentDto } from "../../../../../api/contracts/agents";
import { MINUTES_PER_DAY } from "../../../lib/zoned-time";

/**
 * The weekly availability grid as cells: 7 local days (Mon..Sun) × 48 half-hours, in the agent's
 * own zone. Windows follow api/domain/organisation/weekly-window.ts: "HH:mm", half-open, and an end
 * at or before the start runs past midnight, so a night window belongs to the weekday it starts on.
 */
export type WeeklyWindow = AgentDto["availability"][number];

export const slotMinutes = 30;
export const slotsPerDay = MINUTES_PER_DAY / slotMinutes;
const slotsPerWeek = 7 * slotsPerDay;
export const weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

const minutesOf = (localTime: string) => Number(localTime.slice(0, 2)) * 60 + Number(localTime.slice(3, 5));

/** "09:30" for a slot index within a day. */
export function slotTime(slotOfDay: number): string {
  const minutes = (slotOfDay % slotsPerDay) * slotMinutes;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Whether every window starts and ends on the grid (else saving the grid rounds it). */
export function fitsGrid(windows: WeeklyWindow[]): boolean {
  return windows.every(
    (window) => minutesOf(window.startLocal) % slotMinutes === 0 && minutesOf(window.endLocal) % slotMinutes === 0,
  );
}

/** One flag per half-hour of the week, Monday 00:00 first; a slot is on when any window covers most of it. */
export function windowsToCells(windows: WeeklyWindow[]): boolean[] {
  const cells = new Array<boolean>(slotsPerWeek).fill(false);
  for (const window of windows) {
    const start = Math.round(minutesOf(window.startLocal) / slotMinutes);
    const rawEnd = Math.round(minutesOf(window.endLocal) / slotMinutes);
    const end = rawEnd <= start ? rawEnd + slotsPerDay : rawEnd;
    const weekStart = (window.weekday - 1) * slotsPerDay;
    for (let slot = start; slot < end; slot += 1) cells[(weekStart + slot) % slotsPerWeek] = true;
  }
  return cells;
}

/**
 * The fewest windows that cover exactly the cells on. The week wraps (Sunday night runs into
 * Monday morning); a run longer than 24 hours is cut into whole days, since a window is at most a day.
 */
export function cellsToWindows(cells: boolean[]): WeeklyWindow[] {
  if (cells.every(Boolean))
    return weekdayNames.map((_name, index) => ({
      weekday: (index + 1) as WeeklyWindow["weekday"],
      startLocal: "00:00",
      endLocal: "00:00",
    }));
  const firstOff = cells.indexOf(false);
  const windows: WeeklyWindow[] = [];
  let runStart: number | null = null;
  for (let step = 1; step <= slotsPerWeek; step += 1) {
    const slot = (firstOff + step) % slotsPerWeek;
    if (cells[slot] && runStart === null) runStart = slot;
    if (!cells[slot] && runStart !== null) {
      windows.push(...splitRun(runStart, (slot - runStart + slotsPerWeek) % slotsPerWeek));
      runStart = null;
    }
  }
  return windows.sort((a, b) => a.weekday - b.weekday || a.startLocal.localeCompare(b.startLocal));
}

function splitRun(startSlot: number, length: number): WeeklyWindow[] {
  const windows: WeeklyWindow[] = [];
  for (let offset = 0; offset < length; offset += slotsPerDay) {
    const slot = (startSlot + offset) % slotsPerWeek;
    const chunk = Math.min(slotsPerDay, length - offset);
    windows.push({
      weekday: (Math.floor(slot / slotsPerDay) + 1) as WeeklyWindow["weekday"],
      startLocal: slotTime(slot),
      endLocal: slotTime(slot + chunk),
    });
  }
  return windows;
}

/** "Mon 09:00–17:00 · Sat 22:00–06:00 (next day)" for people. */
export function describeWindows(windows: WeeklyWindow[]): string {
  if (windows.length === 0) return "No availability";
  return windows
    .map((window) => {
      const endsAtMidnight = window.endLocal === "00:00";
      const isNextDay = !endsAtMidnight && minutesOf(window.endLocal) <= minutesOf(window.startLocal);
      return `${weekdayNames[window.weekday - 1]} ${window.startLocal}–${endsAtMidnight ? "24:00" : window.endLocal}${isNextDay ? " (next day)" : ""}`;
    })
    .join(" · ");
}

/** Available hours in the week, counted from the cells. */
export const availableHours = (cells: boolean[]) => (cells.filter(Boolean).length * slotMinutes) / 60;
