import type { QueueDraft } from "../organisation/queue";
import type { WeeklyWindow } from "../organisation/weekly-window";
import type { HolidayRegion } from "./holidays";

const everyDay = (startLocal: string, endLocal: string, weekdays: number[] = [1, 2, 3, 4, 5, 6, 7]): WeeklyWindow[] =>
  weekdays.map((weekday) => ({ weekday: weekday as WeeklyWindow["weekday"], startLocal, endLocal }));

/** How contacts arrive at a demo queue, in its own zone. */
export interface ArrivalProfile {
  /** Contacts on an average open weekday. */
  dailyVolume: number;
  /** Relative volume per local hour 0–23 (0 = closed or no arrivals). */
  hourlyShape: number[];
  /** Relative volume per ISO weekday 1–7 (0 = closed). */
  weekdayFactor: number[];
  /** Peak-to-mean swing of the annual cycle (0.15 = ±15 %), peaking on `annualPeakDayOfYear`. */
  annualAmplitude: number;
  annualPeakDayOfYear: number;
  /** Volume on a public holiday relative to a normal day (0 = closed). */
  holidayFactor: number;
  holidayRegion: HolidayRegion;
  /** Mean handle time by local hour, seconds. */
  ahtSeconds: (localHour: number) => number;
}

export interface DemoQueue {
  draft: QueueDraft;
  profile: ArrivalProfile;
}

const hours = (values: Record<number, number>) => Array.from({ length: 24 }, (_, hour) => values[hour] ?? 0);

/** Northwind Support's three queues: voice in New York, chat in London, email in Manila. */
export const demoQueues: DemoQueue[] = [
  {
    draft: {
      name: "Voice – Americas",
      channel: "voice",
      timeZone: "America/New_York",
      intervalMinutes: 30,
      priorityWeight: 3,
      targetServiceLevel: 0.8,
      targetAnswerSeconds: 20,
      targetAsaSeconds: null,
      ahtSeconds: 300,
      shrinkage: 0.3,
      maxOccupancy: 0.85,
      patienceSeconds: 180,
      concurrency: null,
      targetResponseHours: null,
      targetResponseFraction: null,
      businessHours: [...everyDay("07:00", "21:00", [1, 2, 3, 4, 5]), ...everyDay("09:00", "17:00", [6])],
    },
    profile: {
      dailyVolume: 800,
      hourlyShape: hours({
        7: 3,
        8: 6,
        9: 9,
        10: 10,
        11: 9.5,
        12: 8,
        13: 8.5,
        14: 9,
        15: 8.5,
        16: 7.5,
        17: 6,
        18: 4.5,
        19: 3.5,
        20: 2.5,
      }),
      weekdayFactor: [0, 1.15, 1.0, 0.97, 0.95, 0.9, 0.35, 0],
      annualAmplitude: 0.04,
      annualPeakDayOfYear: 250,
      holidayFactor: 0,
      holidayRegion: "US",
      ahtSeconds: (hour) => 290 + (hour >= 18 ? 25 : 0) + (hour <= 8 ? 15 : 0),
    },
  },
  {
    draft: {
      name: "Chat – EMEA",
      channel: "chat",
      timeZone: "Europe/London",
      intervalMinutes: 30,
      priorityWeight: 2,
      targetServiceLevel: 0.8,
      targetAnswerSeconds: 60,
      targetAsaSeconds: null,
      ahtSeconds: 720,
      shrinkage: 0.32,
      maxOccupancy: 0.85,
      patienceSeconds: 240,
      concurrency: 2,
      targetResponseHours: null,
      targetResponseFraction: null,
      businessHours: everyDay("08:00", "22:00"),
    },
    profile: {
      dailyVolume: 425,
      hourlyShape: hours({
        8: 4,
        9: 7,
        10: 9,
        11: 9,
        12: 8,
        13: 8,
        14: 8.5,
        15: 8.5,
        16: 8,
        17: 7,
        18: 6,
        19: 6,
        20: 5,
        21: 3.5,
      }),
      weekdayFactor: [0, 1.1, 1.05, 1.0, 1.0, 0.95, 0.6, 0.5],
      annualAmplitude: 0.05,
      annualPeakDayOfYear: 250,
      holidayFactor: 0.55,
      holidayRegion: "GB",
      ahtSeconds: (hour) => 700 + (hour >= 19 ? 60 : 0),
    },
  },
  {
    draft: {
      name: "Email – APAC",
      channel: "email",
      timeZone: "Asia/Manila",
      intervalMinutes: 60,
      priorityWeight: 1,
      targetServiceLevel: null,
      targetAnswerSeconds: null,
      targetAsaSeconds: null,
      ahtSeconds: 480,
      shrinkage: 0.25,
      maxOccupancy: null,
      patienceSeconds: null,
      concurrency: null,
      targetResponseHours: 4,
      targetResponseFraction: 0.9,
      businessHours: everyDay("08:00", "18:00", [1, 2, 3, 4, 5, 6]),
    },
    profile: {
      dailyVolume: 275,
      hourlyShape: hours({
        0: 2,
        1: 1.5,
        2: 1.5,
        3: 1.5,
        4: 2,
        5: 2.5,
        6: 3,
        7: 4,
        8: 6,
        9: 7,
        10: 7.5,
        11: 7,
        12: 6,
        13: 6.5,
        14: 6.5,
        15: 6,
        16: 5.5,
        17: 5,
        18: 4.5,
        19: 4,
        20: 3.5,
        21: 3,
        22: 2.5,
        23: 2,
      }),
      weekdayFactor: [0, 1.1, 1.05, 1.0, 1.0, 0.95, 0.7, 0.6],
      annualAmplitude: 0.04,
      annualPeakDayOfYear: 250,
      holidayFactor: 0.7,
      holidayRegion: "PH",
      ahtSeconds: (hour) => 470 + (hour >= 8 && hour < 12 ? 20 : 0),
    },
  },
];
