import { addDays } from "../../time/local-date";
import type { WeeklyWindow } from "../../organisation/weekly-window";
import { DEFAULT_RULES, DEFAULT_WEIGHTS, type AgentContract, type RosterAgent, type RosterProblem } from "./problem";
import { wallClockInstantMs } from "../../time/wall-clock";
import { mulberry32 } from "../../random/seeded-random";
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, MS_PER_DAY, MS_PER_MINUTE, MS_PER_WEEK } from "../../time/durations";

/**
 * Seeded synthetic contact-center weeks for benchmarks and tests: 3 queues (voice and chat follow
 * New York business hours with a thin overnight tail, email follows London office hours), agents
 * in up to 5 zones whose availability is their local working hours (Manila and Sydney work the US
 * day at night, as offshore sites do), a full-time/part-time mix, EU-style breaks and ~10 % of agents
 * with a day off. Requirements are scaled to about 90 % of what the agents can deliver on the phones.
 */

const ZONES = [
  { timeZone: "America/New_York", startLocal: "07:00", endLocal: "22:00" },
  { timeZone: "Europe/London", startLocal: "08:00", endLocal: "22:00" },
  { timeZone: "Asia/Manila", startLocal: "19:00", endLocal: "10:00" },
  { timeZone: "America/Los_Angeles", startLocal: "05:00", endLocal: "20:00" },
  { timeZone: "Australia/Sydney", startLocal: "22:00", endLocal: "12:00" },
];
const SKILL_MIX: string[][] = [
  ["voice"],
  ["voice"],
  ["voice", "chat"],
  ["voice", "chat"],
  ["chat"],
  ["chat", "email"],
  ["email"],
];
const FULL_TIME: AgentContract = {
  minMinutesPerWeek: 2160,
  maxMinutesPerWeek: 2400,
  maxShiftsPerWeek: 5,
  shiftLengthsMinutes: [480, 540],
  earliestStartLocal: "00:00",
  latestEndLocal: "00:00",
  maxConsecutiveDays: 5,
  maxMinutesPerDay: 600,
};
const PART_TIME: AgentContract = {
  minMinutesPerWeek: 1200,
  maxMinutesPerWeek: 1500,
  maxShiftsPerWeek: 4,
  shiftLengthsMinutes: [300, 360],
  earliestStartLocal: "00:00",
  latestEndLocal: "00:00",
  maxConsecutiveDays: 4,
  maxMinutesPerDay: 480,
};

function weekWindows(startLocal: string, endLocal: string, weekdays: number[]): WeeklyWindow[] {
  return weekdays.map((weekday) => ({ weekday: weekday as WeeklyWindow["weekday"], startLocal, endLocal }));
}

function syntheticAgent(index: number, zoneCount: number, random: () => number, weekStartDate: string): RosterAgent {
  const zone = ZONES[index % zoneCount];
  const isFullTime = random() < 0.7;
  const dayOffset = Math.floor(random() * 3);
  const weekdays = [1, 2, 3, 4, 5, 6, 7].filter((_, position) => position !== (5 + dayOffset) % 7 || random() < 0.5);
  const timeOff =
    random() < 0.1 ? [{ localDate: addDays(weekStartDate, Math.floor(random() * 7)), reason: "annual leave" }] : [];
  return {
    id: `agent-${String(index + 1).padStart(4, "0")}`,
    timeZone: zone.timeZone,
    skills: SKILL_MIX[Math.floor(random() * SKILL_MIX.length)],
    availability: weekWindows(zone.startLocal, zone.endLocal, weekdays),
    timeOff,
    contract: isFullTime ? FULL_TIME : PART_TIME,
  };
}

/** Relative demand of a queue at a local minute of day: office hours with a midday peak. */
function demandShape(minuteOfDay: number, openMinute: number, closeMinute: number, overnight: number): number {
  if (minuteOfDay < openMinute || minuteOfDay >= closeMinute) return overnight;
  const position = (minuteOfDay - openMinute) / (closeMinute - openMinute);
  return 0.55 + Math.sin(Math.PI * position) * 0.9;
}

export function syntheticRosterWeek(agentCount: number, zoneCount: number, seed: number): RosterProblem {
  const random = mulberry32(seed);
  const weekStartDate = "2026-03-09";
  const periodStartMs = Date.UTC(2026, 2, 9);
  const intervalMinutes = 15;
  const agents = Array.from({ length: agentCount }, (_, index) =>
    syntheticAgent(index, zoneCount, random, weekStartDate),
  );
  const queues = [
    { id: "voice", share: 0.55, zone: "America/New_York", open: 7 * 60, close: 22 * 60, overnight: 0.08 },
    { id: "chat", share: 0.3, zone: "America/New_York", open: 8 * 60, close: 23 * 60, overnight: 0.04 },
    { id: "email", share: 0.15, zone: "Europe/London", open: 8 * 60, close: 20 * 60, overnight: 0 },
  ];
  const onPhoneMinutes =
    agents.reduce((sum, agent) => sum + (agent.contract.minMinutesPerWeek + agent.contract.maxMinutesPerWeek) / 2, 0) *
    0.875 *
    0.9;
  const intervalCount = MINUTES_PER_WEEK / intervalMinutes;
  const requirements = queues.flatMap((queue) => {
    const shape = Array.from({ length: intervalCount }, (_, interval) => {
      const instantMs = periodStartMs + interval * intervalMinutes * MS_PER_MINUTE;
      const localMinute = Math.round(
        (instantMs - wallClockInstantMs(Math.floor(instantMs / MS_PER_DAY), 0, queue.zone)) / MS_PER_MINUTE,
      );
      return demandShape(
        ((localMinute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY,
        queue.open,
        queue.close,
        queue.overnight,
      );
    });
    const scale = (onPhoneMinutes * queue.share) / (shape.reduce((sum, value) => sum + value, 0) * intervalMinutes);
    return shape.map((value, interval) => ({
      queueId: queue.id,
      intervalStartUtc: new Date(periodStartMs + interval * intervalMinutes * MS_PER_MINUTE).toISOString(),
      requiredAgents: Math.round(value * scale),
    }));
  });
  return {
    periodStartUtc: new Date(periodStartMs).toISOString(),
    periodEndUtc: new Date(periodStartMs + MS_PER_WEEK).toISOString(),
    intervalMinutes,
    queues: [
      { id: "voice", priorityWeight: 2, targetAnswerSeconds: 20 },
      { id: "chat", priorityWeight: 1, targetAnswerSeconds: 60 },
      { id: "email", priorityWeight: 0.5 },
    ],
    requirements,
    agents,
    rules: {
      ...DEFAULT_RULES,
      startGranularityMinutes: 30,
      breaks: [
        {
          kind: "break",
          durationMinutes: 15,
          minShiftMinutes: 300,
          earliestStartAfterMinutes: 90,
          latestStartAfterMinutes: 150,
        },
        {
          kind: "lunch",
          durationMinutes: 30,
          minShiftMinutes: 360,
          earliestStartAfterMinutes: 210,
          latestStartAfterMinutes: 270,
        },
        {
          kind: "break",
          durationMinutes: 15,
          minShiftMinutes: 480,
          earliestStartAfterMinutes: 360,
          latestStartAfterMinutes: 420,
        },
      ],
    },
    weights: { ...DEFAULT_WEIGHTS },
  };
}
