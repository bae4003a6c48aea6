import { useState } from "react";
import { dayLabel, localDateOf, timeRangeInZone } from "../../../lib/zoned-time";
import { useAcceptRepair, useProposeRepair, useRecordAbsence, type RepairProposal } from "../api/repair-queries";

type Change = RepairProposal["changes"][number];
const reasons = [
  { value: "sick", label: "Sick" },
  { value: "emergency", label: "Emergency" },
  { value: "no_show", label: "No-show" },
  { value: "training", label: "Training" },
] as const;

function describeSpan(span: Change["before"], timeZone: string): string {
  if (!span) return "–";
  const range = timeRangeInZone(span.startUtc, span.endUtc, timeZone);
  return `${dayLabel(localDateOf(span.startUtc, timeZone))} ${range.text}`;
}

/** The proposed repair as a difference: who, what changes, the premium owed, and whether it is an offer or imposed. */
function ProposalTable({
  proposal,
  nameOf,
  timeZone,
}: {
  proposal: RepairProposal;
  nameOf: (agentId: string) => string;
  timeZone: string;
}) {
  const { repair, fromScratch } = proposal;
  return (
    <>
      <p className="small">
        Repair: {repair.agentsAffected} agents, {repair.shiftsChanged} shifts changed, {repair.premiumsOwed} premiums (
        {repair.premiumAgentMinutes} agent-minutes), {repair.coverageRecoveredAgentMinutes} agent-minutes of cover
        recovered. From scratch it would change {fromScratch.agentsAffected} agents' shifts ({fromScratch.premiumsOwed}{" "}
        premiums) to recover {fromScratch.coverageRecoveredAgentMinutes}.
      </p>
      <table className="table table--compact repair-diff">
        <caption>Proposed changes · times in {timeZone}</caption>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Change</th>
            <th scope="col">Published</th>
            <th scope="col">Proposed</th>
            <th scope="col">Premium</th>
            <th scope="col">How</th>
          </tr>
        </thead>
        <tbody>
          {proposal.changes.map((change) => (
            <tr key={`${change.agentId}-${change.localDate}-${change.before?.startUtc ?? change.after?.startUtc}`}>
              <th scope="row">{nameOf(change.agentId)}</th>
              <td>{change.kind}</td>
              <td>{describeSpan(change.before, timeZone)}</td>
              <td>{describeSpan(change.after, timeZone)}</td>
              <td>{change.premiumAgentMinutes > 0 ? `${change.premiumAgentMinutes} min` : "–"}</td>
              <td>{change.isOffer ? "offer (agent may decline)" : "imposed"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * The director's side of a repair on the team grid: mark the chosen agent absent on a day of the
 * week with a reason, propose the repair, read it as a difference and accept it (a new published
 * version). Until then the published roster stays what agents see.
 */
export function RepairPanel({
  scheduleId,
  agentId,
  days,
  timeZone,
  nameOf,
  onClose,
}: {
  scheduleId: string;
  agentId: string;
  days: string[];
  timeZone: string;
  nameOf: (agentId: string) => string;
  onClose: () => void;
}) {
  const [day, setDay] = useState(days[0]!);
  const [reasonCode, setReasonCode] = useState<(typeof reasons)[number]["value"]>("sick");
  const [isEmergency, setIsEmergency] = useState(false);
  const absence = useRecordAbsence(scheduleId);
  const propose = useProposeRepair(scheduleId);
  const accept = useAcceptRepair(scheduleId);
  return (
    <section className="card repair-panel no-print" aria-labelledby="repair-title">
      <h3 id="repair-title">Absence and repair · {nameOf(agentId)}</h3>
      <div className="row">
        <label>
          Day
          <select value={day} onChange={(event) => setDay(event.target.value)}>
            {days.map((item) => (
              <option key={item} value={item}>
                {dayLabel(item)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Reason
          <select value={reasonCode} onChange={(event) => setReasonCode(event.target.value as typeof reasonCode)}>
            {reasons.map((reason) => (
              <option key={reason.value} value={reason.value}>
                {reason.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={absence.isPending}
          onClick={() => absence.mutate({ agentId, localDate: day, reasonCode })}
        >
          Record absence
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      {absence.isError && (
        <p className="notice notice--warn" role="alert">
          {absence.error.message}
        </p>
      )}
      {absence.isSuccess && (
        <div className="row">
          <p role="status">
            Absent {dayLabel(day)} ({reasonCode}); the published roster is unchanged until a repair is accepted.
          </p>
          <label>
            <input type="checkbox" checked={isEmergency} onChange={(event) => setIsEmergency(event.target.checked)} />{" "}
            Emergency (impose added hours)
          </label>
          <button
            type="button"
            className="button"
            disabled={propose.isPending}
            onClick={() => propose.mutate(isEmergency)}
          >
            {propose.isPending ? "Proposing…" : "Propose repair"}
          </button>
        </div>
      )}
      {propose.isError && (
        <p className="notice notice--warn" role="alert">
          {propose.error.message}
        </p>
      )}
      {propose.data && !accept.isSuccess && (
        <>
          <ProposalTable proposal={propose.data} nameOf={nameOf} timeZone={timeZone} />
          <button
            type="button"
            className="button button--primary"
            disabled={accept.isPending}
            onClick={() => accept.mutate(propose.data.proposalId)}
          >
            Accept repair
          </button>
        </>
      )}
      {accept.isError && (
        <p className="notice notice--warn" role="alert">
          {accept.error.message}
        </p>
      )}
      {accept.data && (
        <p className="notice notice--ok" role="status">
          Published version {accept.data.version.number}
          {accept.data.pendingOffers.length > 0
            ? `; ${accept.data.pendingOffers.length} offers wait for the agents' answer`
            : ""}
          .
        </p>
      )}
    </section>
  );
}
