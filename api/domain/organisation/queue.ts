import type { WeeklyWindow } from "./weekly-window";

export type Channel = "voice" | "chat" | "email";

/**
 * A queue and its service-level agreement. Fractions are 0–1. Voice and chat use the Erlang
 * targets (`targetServiceLevel` answered within `targetAnswerSeconds`, optional `targetAsaSeconds`);
 * chat adds `concurrency`; email uses a response window (`targetResponseFraction` answered within
 * `targetResponseHours` business hours, counted only inside `businessHours`).
 */
export interface Queue {
  id: string;
  name: string;
  channel: Channel;
  timeZone: string;
  intervalMinutes: 15 | 30 | 60;
  priorityWeight: number;
  targetServiceLevel: number | null;
  targetAnswerSeconds: number | null;
  targetAsaSeconds: number | null;
  ahtSeconds: number;
  shrinkage: number;
  maxOccupancy: number | null;
  patienceSeconds: number | null;
  concurrency: number | null;
  targetResponseHours: number | null;
  targetResponseFraction: number | null;
  businessHours: WeeklyWindow[];
}

export type QueueDraft = Omit<Queue, "id">;
