import type { WeeklyWindow } from "./weekly-window";

/** What an agent is contracted to work each week, in minutes of real elapsed time. */
export interface AgentContract {
  minMinutesPerWeek: number;
  maxMinutesPerWeek: number;
  maxShiftsPerWeek: number;
  shiftLengthsMinutes: number[];
}

/**
 * A person who takes contacts. `timeZone` is the work zone in which availability and rest rules are
 * read; `vendor` is the outsourcing partner (null in-house); `attritionCohort` groups agents who
 * leave alike (e.g. `student`, a vendor, `in-house`). Dates are ISO calendar dates (yyyy-MM-dd).
 */
export interface Agent {
  id: string;
  name: string;
  email: string;
  team: string;
  timeZone: string;
  vendor: string | null;
  attritionCohort: string;
  tags: string[];
  hireDate: string;
  endDate: string | null;
  skillQueueIds: string[];
  contract: AgentContract;
  availability: WeeklyWindow[];
}

export type AgentDraft = Omit<Agent, "id">;
