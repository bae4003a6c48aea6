import { Fragment, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { EmptyState, ErrorState, Loading, PageHeader } from "../../../components/ui/states";
import { currentOffsetLabel, formatInZone, zoneCity } from "../../../lib/zoned-time";
import { agentsExportUrl, useAgents, useQueueNames } from "../api/queries";
import { AgentImport } from "./AgentImport";
import { describeWindows } from "./availability-cells";
import { AvailabilityEditor } from "./AvailabilityEditor";
import { describeContract } from "./contract-text";

export function AgentsPage() {
  const [includeFormer, setIncludeFormer] = useState(false);
  const [search, setSearch] = useState("");
  const [vendor, setVendor] = useState("");
  const [showImport, setShowImport] = useState(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const editingId = searchParams.get("availability");
  const editAvailability = (agentId: string | null) =>
    setSearchParams(agentId ? { availability: agentId } : {}, { replace: true });
  const agents = useAgents(includeFormer);
  const queueNames = useQueueNames();
  const now = useMemo(() => new Date(), []);

  const vendors = useMemo(
    () => [...new Set((agents.data?.agents ?? []).map((agent) => agent.vendor ?? "In-house"))].sort(),
    [agents.data],
  );
  const visible = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (agents.data?.agents ?? []).filter(
      (agent) =>
        (vendor === "" || (agent.vendor ?? "In-house") === vendor) &&
        (needle === "" ||
          [agent.name, agent.email, agent.team, agent.timeZone, agent.attritionCohort].some((text) =>
            text.toLowerCase().includes(needle),
          )),
    );
  }, [agents.data, search, vendor]);

  return (
    <>
      <PageHeader
        title="Agents"
        subtitle="Each agent works in their own time zone; availability and rest rules are read there."
        actions={
          <>
            <button
              type="button"
              className="button"
              onClick={() => setShowImport((value) => !value)}
              aria-expanded={showImport}
            >
              Import CSV
            </button>
            <a className="button" href={agentsExportUrl(includeFormer)} download>
              Export CSV
            </a>
          </>
        }
      />
      {showImport && <AgentImport />}
      <div className="toolbar" role="search">
        <label>
          Search{" "}
          <input
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Name, team, zone, cohort"
          />
        </label>
        <label>
          Vendor{" "}
          <select value={vendor} onChange={(event) => setVendor(event.target.value)}>
            <option value="">All</option>
            {vendors.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={includeFormer} onChange={(event) => setIncludeFormer(event.target.checked)} />{" "}
          Include former agents
        </label>
        {agents.data && (
          <span className="muted">
            {visible.length} of {agents.data.agents.length}
          </span>
        )}
      </div>
      {agents.isPending && <Loading label="Loading agents…" />}
      {agents.isError && <ErrorState error={agents.error} onRetry={() => void agents.refetch()} />}
      {agents.data && visible.length === 0 && <EmptyState title="No agents match." />}
      {visible.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Team</th>
                <th scope="col">Time zone</th>
                <th scope="col">Local time</th>
                <th scope="col">Vendor</th>
                <th scope="col">Cohort</th>
                <th scope="col">Contract</th>
                <th scope="col">Skills</th>
                <th scope="col">Employed</th>
                <th scope="col">Availability</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((agent) => (
                <Fragment key={agent.id}>
                  <tr>
                    <td>
                      <div>{agent.name}</div>
                      <div className="muted small">{agent.email}</div>
                    </td>
                    <td>{agent.team}</td>
                    <td title={agent.timeZone}>
                      {zoneCity(agent.timeZone)}{" "}
                      <span className="muted">{currentOffsetLabel(agent.timeZone, now)}</span>
                    </td>
                    <td>
                      {formatInZone(now, agent.timeZone, { weekday: "short", hour: "2-digit", minute: "2-digit" })}
                    </td>
                    <td>{agent.vendor ?? "In-house"}</td>
                    <td>{agent.attritionCohort}</td>
                    <td className="agents__contract">{describeContract(agent.contract)}</td>
                    <td>{agent.skillQueueIds.map((id) => queueNames.data?.get(id) ?? "…").join(", ")}</td>
                    <td>
                      {agent.hireDate}
                      {agent.endDate ? ` → ${agent.endDate}` : ""}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--small agents__edit"
                        aria-expanded={editingId === agent.id}
                        aria-label={`Edit availability of ${agent.name}`}
                        title={describeWindows(agent.availability)}
                        onClick={() => editAvailability(editingId === agent.id ? null : agent.id)}
                      >
                        {editingId === agent.id ? "Close" : "Edit"}
                      </button>
                    </td>
                  </tr>
                  {editingId === agent.id && (
                    <tr className="agents__editor-row">
                      <td colSpan={10}>
                        <AvailabilityEditor key={agent.id} agent={agent} onClose={() => editAvailability(null)} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
