import { isInsideWeeklyWindows, type IsoWeekday, type WeeklyWindow } from "../organisation/weekly-window";
import type { ArrivalProfile } from "./demo-queues";
import { publicHolidays } from "./holidays";
import type { SeededRandom } from "../random/seeded-random";
import { MINUTES_PER_HOUR, MS_PER_MINUTE } from "../time/durations";
import { toEpochDay, yearOfEpochDay } from "../time/local-date";
import { localMidnightUtcMs } from "../time/local-day";
import { localDaysBetween, zonedFieldsOf } from "../time/zoned-fields";

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
  const [startMs, endMs] = [localMidnightUtcMs(fromDate, timeZone), localMidnightUtcMs(toDate, timeZone)];
  const holidays = new Set<string>();
  for (let year = yearOfEpochDay(toEpochDay(fromDate)); year <= yearOfEpochDay(toEpochDay(toDate)); year += 1)
    publicHolidays(profile.holidayRegion, year).forEach((day) => holidays.add(day));
  const shapeTotal = profile.hourlyShape.reduce((sum, value) => sum + value, 0);
  const totalDays = Math.max(1, localDaysBetween(startMs, endMs, timeZone));
  const rows: DemoHistoryInterval[] = [];
  const hourFraction = intervalMinutes / MINUTES_PER_HOUR;
  for (let instantMs = startMs; instantMs < endMs; instantMs += intervalMinutes * MS_PER_MINUTE) {
    const local = zonedFieldsOf(instantMs, timeZone);
    const dayFactor = profile.weekdayFactor[local.isoWeekday] ?? 0;
    const hourShare = (profile.hourlyShape[local.hour] ?? 0) / shapeTotal;
    const holidayFactor = holidays.has(local.localDate) ? profile.holidayFactor : 1;
    const isOpen =
      openWindows === null ||
      isInsideWeeklyWindows(openWindows, local.isoWeekday as IsoWeekday, local.hour * MINUTES_PER_HOUR + local.minute);
    if (!isOpen || dayFactor === 0 || hourShare === 0 || holidayFactor === 0) continue;
    const annual =
      1 + profile.annualAmplitude * Math.cos((2 * Math.PI * (local.dayOfYear - profile.annualPeakDayOfYear)) / 365.25);
    const trend = 1 + 0.06 * (localDaysBetween(startMs, instantMs, timeZone) / totalDays);
    const mean = profile.dailyVolume * dayFactor * hourShare * hourFraction * holidayFactor * annual * trend;
    const volume = random.poisson(mean);
    const aht =
      volume > 0
        ? Math.max(30, profile.ahtSeconds(local.hour) * (1 + (0.08 * random.normal()) / Math.sqrt(volume)))
        : null;
    rows.push({
      intervalStart: new Date(instantMs),
      volume,
      ahtSeconds: aht === null ? null : Math.round(aht * 10) / 10,
    });
  }
  return rows;
}
