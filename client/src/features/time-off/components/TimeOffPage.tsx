import { useState, type FormEvent } from "react";
import { EmptyState, ErrorState, Loading, PageHeader } from "../../../components/ui/states";
import { useSessionUser } from "../../../lib/session";
import { formatLocalDayRange, localDayRangeToInstants } from "../../../lib/zoned-time";
import { useCancelTimeOff, useDecideTimeOff, useRequestTimeOff, useTimeOffRequests } from "../api/queries";

function RequestForm({ timeZone }: { timeZone: string }) {
  const [first, setFirst] = useState("");
  const [last, setLast] = useState("");
  const [reason, setReason] = useState("");
  const ask = useRequestTimeOff();
  const range = first && last ? localDayRangeToInstants(first, last, timeZone) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (range) ask.mutate({ ...range, reason }, { onSuccess: () => setReason("") });
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="ask-title">
      <h2 id="ask-title">Ask for time off</h2>
      <p className="muted">Whole days in {timeZone}. Approved time off is never rostered.</p>
      <div className="form-grid">
        <label>
          First day
          <input type="date" required value={first} onChange={(event) => setFirst(event.target.value)} />
        </label>
        <label>
          Last day
          <input type="date" required value={last} min={first} onChange={(event) => setLast(event.target.value)} />
        </label>
        <label>
          Reason
          <input required maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
      </div>
      {first && last && !range && (
        <p className="notice notice--error" role="alert">
          The last day must not be before the first.
        </p>
      )}
      {ask.isError && <ErrorState error={ask.error} />}
      {ask.data && (
        <p className="notice notice--ok" role="status">
          Asked. {ask.data.colleaguesOff} colleague{ask.data.colleaguesOff === 1 ? " is" : "s are"} already off then.
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={!range || ask.isPending}>
        Send request
      </button>
    </form>
  );
}

export function TimeOffPage() {
  const user = useSessionUser();
  const requests = useTimeOffRequests();
  const decide = useDecideTimeOff();
  const cancel = useCancelTimeOff();
  const canDecide = user.role === "director" || user.role === "vendor_manager";
  return (
    <>
      <PageHeader
        title="Time off"
        subtitle={
          canDecide
            ? "Requests from the agents you manage, with how many teammates are already off."
            : "Your requests and their answers."
        }
      />
      {user.role === "agent" && <RequestForm timeZone={user.effectiveTimeZone} />}
      {requests.isPending && <Loading label="Loading requests…" />}
      {requests.isError && <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />}
      {requests.data?.requests.length === 0 && <EmptyState title="No time-off requests yet." />}
      {requests.data && requests.data.requests.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Agent</th>
                <th scope="col">Days (agent's zone)</th>
                <th scope="col">Reason</th>
                <th scope="col">Teammates off</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {requests.data.requests.map((request) => (
                <tr key={request.id}>
                  <td>
                    {request.agentName}
                    <div className="muted small">{request.team}</div>
                  </td>
                  <td>
                    {formatLocalDayRange(request.startsAt, request.endsAt, request.agentTimeZone)}
                    <div className="muted small">{request.agentTimeZone}</div>
                  </td>
                  <td>{request.reason}</td>
                  <td>{request.colleaguesOff}</td>
                  <td>
                    <span className={`badge badge--${request.status}`}>{request.status}</span>
                    {request.decisionNote && <div className="muted small">{request.decisionNote}</div>}
                  </td>
                  <td className="row">
                    {canDecide && request.status === "pending" && (
                      <>
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => decide.mutate({ requestId: request.id, decision: "approved" })}
                        >
                          Approve
                        </button>
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => decide.mutate({ requestId: request.id, decision: "declined" })}
                        >
                          Decline
                        </button>
                      </>
                    )}
                    {(request.status === "pending" || (request.status === "approved" && user.role === "agent")) &&
                      !canDecide && (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => cancel.mutate(request.id)}
                        >
                          Withdraw
                        </button>
                      )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(decide.isError || cancel.isError) && <ErrorState error={decide.error ?? cancel.error} />}
    </>
  );
}
