export type TimeOffStatus = "pending" | "approved" | "declined" | "cancelled";

/** A request for time off, as UTC instants (the client converts the agent's local dates at the edge). */
export interface TimeOffRequest {
  id: string;
  agentId: string;
  startsAt: string;
  endsAt: string;
  reason: string;
  status: TimeOffStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  createdAt: string;
}
