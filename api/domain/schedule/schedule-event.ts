/** Why an agent is absent from a published shift. */
export type AbsenceReasonCode = "sick" | "emergency" | "no_show" | "training";

export type ScheduleEventKind =
  "absence" | "late_time_off" | "employment_end" | "requirements_replaced" | "repair_proposed" | "repair_accepted";

/**
 * Something that happened to a published schedule, on the version it happened to, with who and
 * when. The published roster does not change with it: a repair or a hand edit does that.
 */
export interface ScheduleEvent {
  id: string;
  scheduleId: string;
  versionId: string;
  kind: ScheduleEventKind;
  agentId: string | null;
  /** The span the event concerns (an absence), UTC ISO instants, half-open. */
  startUtc: string | null;
  endUtc: string | null;
  reasonCode: AbsenceReasonCode | null;
  note: string | null;
  details: unknown;
  createdBy: string;
  createdAt: string;
}

export type ScheduleEventDraft = Omit<ScheduleEvent, "id" | "createdAt">;
