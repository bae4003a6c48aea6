import type { AgentDraft } from "../organisation/agent";
import type { IsoWeekday, WeeklyWindow } from "../organisation/weekly-window";
import type { SeededRandom } from "../random/seeded-random";
import { addMonths } from "../time/calendar-months";
import { fromEpochDay, monthOfEpochDay, toEpochDay } from "../time/local-date";

export const demoVendor = "Horizon BPO";

/** A group of similar agents: same site, team, contract and availability pattern. */
interface Roster {
  team: string;
  timeZone: string;
  vendor: string | null;
  cohort: string;
  count: number;
  skills: string[];
  minutesPerWeek: [number, number];
  maxShiftsPerWeek: number;
  shiftLengthsMinutes: number[];
  windows: Array<[IsoWeekday[], string, string]>;
  tags: string[];
}

const weekdays: IsoWeekday[] = [1, 2, 3, 4, 5];
const allDays: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

const rosters: Roster[] = [
  {
    team: "Voice NY",
    timeZone: "America/New_York",
    vendor: null,
    cohort: "in-house",
    count: 14,
    skills: ["Voice – Americas"],
    minutesPerWeek: [2100, 2400],
    maxShiftsPerWeek: 5,
    shiftLengthsMinutes: [480, 540],
    windows: [
      [weekdays, "07:00", "21:00"],
      [[6], "09:00", "17:00"],
    ],
    tags: ["full-time"],
  },
  {
    team: "Voice NY",
    timeZone: "America/New_York",
    vendor: null,
    cohort: "student",
    count: 8,
    skills: ["Voice – Americas"],
    minutesPerWeek: [600, 1200],
    maxShiftsPerWeek: 5,
    shiftLengthsMinutes: [240, 300, 360],
    windows: [
      [weekdays, "15:00", "21:00"],
      [[6], "09:00", "17:00"],
    ],
    tags: ["part-time"],
  },
  {
    team: "Horizon Manila",
    timeZone: "Asia/Manila",
    vendor: demoVendor,
    cohort: demoVendor,
    count: 14,
    skills: ["Voice – Americas", "Email – APAC"],
    minutesPerWeek: [2400, 2400],
    maxShiftsPerWeek: 5,
    shiftLengthsMinutes: [480, 540],
    windows: [
      [[2, 3, 4, 5, 6], "19:00", "10:00"],
      [[1, 2, 3, 4, 5, 6], "08:00", "18:00"],
    ],
    tags: ["full-time", "night-shift"],
  },
  {
    team: "Chat London",
    timeZone: "Europe/London",
    vendor: null,
    cohort: "in-house",
    count: 9,
    skills: ["Chat – EMEA"],
    minutesPerWeek: [2100, 2250],
    maxShiftsPerWeek: 5,
    shiftLengthsMinutes: [450, 480],
    windows: [[allDays, "08:00", "22:00"]],
    tags: ["full-time"],
  },
  {
    team: "Chat London",
    timeZone: "Europe/London",
    vendor: null,
    cohort: "student",
    count: 6,
    skills: ["Chat – EMEA"],
    minutesPerWeek: [480, 1080],
    maxShiftsPerWeek: 4,
    shiftLengthsMinutes: [240, 360],
    windows: [
      [weekdays, "16:00", "22:00"],
      [[6, 7], "08:00", "22:00"],
    ],
    tags: ["part-time"],
  },
  {
    team: "Horizon Johannesburg",
    timeZone: "Africa/Johannesburg",
    vendor: demoVendor,
    cohort: demoVendor,
    count: 6,
    skills: ["Chat – EMEA", "Voice – Americas"],
    minutesPerWeek: [2400, 2400],
    maxShiftsPerWeek: 5,
    shiftLengthsMinutes: [480, 540],
    windows: [[allDays, "08:00", "23:00"]],
    tags: ["full-time"],
  },
  {
    team: "APAC Sydney",
    timeZone: "Australia/Sydney",
    vendor: null,
    cohort: "in-house",
    count: 4,
    skills: ["Email – APAC", "Chat – EMEA"],
    minutesPerWeek: [2280, 2280],
    maxShiftsPerWeek: 5,
    shiftLengthsMinutes: [456],
    windows: [[weekdays, "08:00", "18:00"]],
    tags: ["full-time"],
  },
];

const firstNames = [
  "Ana",
  "Ben",
  "Chloe",
  "Dev",
  "Elif",
  "Farah",
  "Gabe",
  "Hana",
  "Ivan",
  "Jia",
  "Kofi",
  "Lena",
  "Mateo",
  "Nia",
  "Omar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sipho",
  "Tomas",
  "Uma",
  "Vik",
  "Wen",
  "Ximena",
  "Yusuf",
  "Zara",
  "Ahmed",
  "Bea",
  "Carlos",
  "Dana",
  "Emeka",
  "Fiona",
  "Grace",
  "Hiro",
  "Isla",
  "Jomar",
  "Kai",
  "Luz",
  "Marco",
  "Noor",
];
const lastNames = [
  "Reyes",
  "Smith",
  "Dlamini",
  "Okafor",
  "Santos",
  "Nguyen",
  "Patel",
  "Brown",
  "Garcia",
  "Kim",
  "Mokoena",
  "Jones",
  "Cruz",
  "Wilson",
  "Tan",
  "Evans",
  "Bautista",
  "Naidoo",
  "Taylor",
  "Lopez",
];

/** Departure month weights (1–12) per cohort: students leave for the summer and in December. */
const departureMonthWeights: Record<string, number[]> = {
  student: [0.4, 0.4, 0.4, 0.4, 1, 16, 14, 2, 0.4, 0.4, 0.4, 6],
  [demoVendor]: [1, 1, 1.2, 1, 1, 1.1, 1, 1, 1.2, 1, 1, 1.3],
  "in-house": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
};

/** How many agents of each cohort left during the 18 months of history. */
const pastDepartures: Record<string, number> = { student: 22, [demoVendor]: 6, "in-house": 3 };

function drawFromWeights(weights: number[], random: SeededRandom): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let remaining = random.next() * total;
  for (let index = 0; index < weights.length; index += 1) {
    remaining -= weights[index]!;
    if (remaining < 0) return index;
  }
  return weights.length - 1;
}

function agentFrom(
  roster: Roster,
  serial: number,
  random: SeededRandom,
  dates: { hireDate: string; endDate: string | null },
): AgentDraft {
  const name = `${firstNames[serial % firstNames.length]} ${lastNames[(serial * 7 + Math.floor(serial / firstNames.length) * 3 + 3) % lastNames.length]}`;
  const handle = name.toLowerCase().replace(/[^a-z]+/g, ".");
  const [minimum, maximum] = roster.minutesPerWeek;
  const availability: WeeklyWindow[] = roster.windows.flatMap(([days, startLocal, endLocal]) =>
    days.map((weekday) => ({ weekday, startLocal, endLocal })),
  );
  return {
    name,
    email: `${handle}.${serial}@${roster.vendor ? "horizon-bpo.example" : "northwind.example"}`,
    team: roster.team,
    timeZone: roster.timeZone,
    vendor: roster.vendor,
    attritionCohort: roster.cohort,
    tags: roster.tags,
    ...dates,
    skillQueueIds: roster.skills,
    contract: {
      minMinutesPerWeek: minimum,
      maxMinutesPerWeek: maximum,
      maxShiftsPerWeek: roster.maxShiftsPerWeek,
      shiftLengthsMinutes: roster.shiftLengthsMinutes,
    },
    availability:
      random.next() < 0.2 ? availability.filter((window) => window.weekday !== random.integer(1, 7)) : availability,
  };
}

/**
 * Northwind's current agents and the agents who left in the `historyMonths` before `asOf`, with hire
 * and end dates by cohort, so attrition can be learnt. `skillQueueIds` holds queue NAMES here; the
 * seed resolves them to ids.
 */
export function generateDemoAgents(asOf: string, historyMonths: number, random: SeededRandom): AgentDraft[] {
  const today = toEpochDay(asOf);
  const historyStart = toEpochDay(addMonths(asOf, -historyMonths));
  let serial = 0;
  const agents: AgentDraft[] = [];
  for (const roster of rosters) {
    for (let index = 0; index < roster.count; index += 1) {
      const tenureDays = roster.cohort === "student" ? random.integer(20, 300) : random.integer(60, 2000);
      agents.push(agentFrom(roster, serial++, random, { hireDate: fromEpochDay(today - tenureDays), endDate: null }));
    }
  }
  const days = Array.from({ length: today - historyStart }, (_, offset) => historyStart + offset);
  for (const [cohort, count] of Object.entries(pastDepartures)) {
    const roster = rosters.find((candidate) => candidate.cohort === cohort)!;
    const weights = departureMonthWeights[cohort]!;
    for (let index = 0; index < count; index += 1) {
      const end =
        days[
          drawFromWeights(
            days.map((day) => weights[monthOfEpochDay(day) - 1]!),
            random,
          )
        ]!;
      const hire = end - (cohort === "student" ? random.integer(60, 330) : random.integer(90, 900));
      agents.push(agentFrom(roster, serial++, random, { hireDate: fromEpochDay(hire), endDate: fromEpochDay(end) }));
    }
  }
  return agents;
}
