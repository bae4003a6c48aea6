import { DateTime } from "luxon";
import { isInsideWeeklyWindows, type IsoWeekday, type WeeklyWindow } from "../organisation/weekly-window";
import type { ArrivalProfile } from "./demo-queues";
import { publicHolidays } from "./holidays";
import type { SeededRandom } from "../random/seeded-random";

export interface DemoHistoryInterval {
  intervalStart: Date;
  volume: number;
  ahtSeconds: number | null;
}

/**
 * History per queue interval (15, 30 or 60 minutes) in the queue's zone from `fromDate` (inclusive) to `toDate` (exclusive), local dates:
 * intraday and weekday shape, an annual cycle, public holidays (closed or reduced), a gentle growth
 * trend and Poisson noise. Hours outside `openWindows` (null: contacts arrive around the clock, as
 * email does) and closed holidays produce no row (missing is not zero). A local day has as many
 * hours as it really has (23 or 25 on DST days): hours are stepped in UTC and read locally.
 */
export function generateDemoHistory(
  profile: ArrivalProfile,
  timeZone: string,
  openWindows: WeeklyWindow[] | null,
  intervalMinutes: number,
  period: { fromDate: string; toDate: string },
  random: SeededRandom,
): DemoHistoryInterval[] {
  const { fromDate, toDate } = period;
  const start = DateTime.fromISO(fromDate, { zone: timeZone }).startOf("day");
  const end = DateTime.fromISO(toDate, { zone: timeZone }).startOf("day");
  const holidays = new Set<string>();
  for (let year = start.year; year <= end.year; year += 1) publicHolidays(profile.holidayRegion, year).forEach((day) => holidays.add(day));
  const shapeTotal = profile.hourlyShape.reduce((sum, value) => sum + value, 0);
  const totalDays = Math.max(1, end.diff(start, "days").days);
  const rows: DemoHistoryInterval[] = [];
  const hourFraction = intervalMinutes / 60;
  for (let instant = start.toUTC(); instant < end.toUTC(); instant = instant.plus({ minutes: intervalMinutes })) {
    const local = instant.setZone(timeZone);
    const dayFactor = profile.weekdayFactor[local.weekday] ?? 0;
    const hourShare = (profile.hourlyShape[local.hour] ?? 0) / shapeTotal;
    const holidayFactor = holidays.has(local.toISODate()!) ? profile.holidayFactor : 1;
    const isOpen = openWindows === null || isInsideWeeklyWindows(openWindows, local.weekday as IsoWeekday, local.hour * 60 + local.minute);
    if (!isOpen || dayFactor === 0 || hourShare === 0 || holidayFactor === 0) continue;
    const annual = 1 + profile.annualAmplitude * Math.cos((2 * Math.PI * (local.ordinal - profile.annualPeakDayOfYear)) / 365.25);
    const trend = 1 + 0.06 * (local.diff(start, "days").days / totalDays);
    const mean = profile.dailyVolume * dayFactor * hourShare * hourFraction * holidayFactor * annual * trend;
    const volume = random.poisson(mean);
    const aht = volume > 0 ? Math.max(30, profile.ahtSeconds(local.hour) * (1 + 0.08 * random.normal() / Math.sqrt(volume))) : null;
    rows.push({ intervalStart: instant.toJSDate(), volume, ahtSeconds: aht === null ? null : Math.round(aht * 10) / 10 });
  }
  return rows;
}
