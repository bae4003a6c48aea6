import { randomUUID } from "node:crypto";
import type { AgentDto } from "../../api/contracts/agents";
import type { QueueDto } from "../../api/contracts/queues";

/** A unique suffix so each test's records never collide with another's in the shared run database. */
export const unique = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

export const voiceQueueInput = (overrides: Partial<Omit<QueueDto, "id">> = {}): Omit<QueueDto, "id"> => ({
  name: unique("Voice"),
  channel: "voice",
  timeZone: "America/New_York",
  intervalMinutes: 30,
  priorityWeight: 1,
  targetServiceLevel: 0.8,
  targetAnswerSeconds: 20,
  targetAsaSeconds: null,
  ahtSeconds: 300,
  shrinkage: 0.3,
  maxOccupancy: 0.85,
  patienceSeconds: null,
  concurrency: null,
  targetResponseHours: null,
  targetResponseFraction: null,
  businessHours: [{ weekday: 1, startLocal: "08:00", endLocal: "20:00" }],
  ...overrides,
});

export const agentInput = (
  skillQueueIds: string[],
  overrides: Partial<Omit<AgentDto, "id">> = {},
): Omit<AgentDto, "id"> => ({
  name: unique("Agent"),
  email: `${randomUUID()}@example.test`,
  team: "Team A",
  timeZone: "Asia/Manila",
  vendor: null,
  attritionCohort: "in-house",
  tags: [],
  hireDate: "2025-01-06",
  endDate: null,
  skillQueueIds,
  contract: { minMinutesPerWeek: 1200, maxMinutesPerWeek: 2400, maxShiftsPerWeek: 5, shiftLengthsMinutes: [480] },
  availability: [{ weekday: 1, startLocal: "09:00", endLocal: "17:00" }],
  ...overrides,
});
