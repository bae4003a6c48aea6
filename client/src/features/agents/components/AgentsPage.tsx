import { useMemo, useState } from "react";
import { EmptyState, ErrorState, Loading, PageHeader } from "../../../components/ui/states";
import { currentOffsetLabel, formatInZone, zoneCity } from "../../../lib/time-zones";
import { agentsExportUrl, useAgents, useQueueNames } from "../api/queries";
import { AgentImport } from "./AgentImport";

const hours = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10} h`;

export function AgentsPage() {
  const [includeFormer, setIncludeFormer] = useState(false);
  const [search, setSearch] = useState("");
  const [vendor, setVendor] = useState("");
  const [showImport, setShowImport] = useState(false);
  const agents = useAgents(includeFormer);
  const queueNames = useQueueNames();
  const now = useMemo(() => new Date(), []);

  const vendors = useMemo(() => [...new Set((agents.data?.agents ?? []).map((agent) => agent.vendor ?? "In-house"))].sort(), [agents.data]);
  const visible = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (agents.data?.agents ?? []).filter(
      (agent) =>
        (vendor === "" || (agent.vendor ?? "In-house") === vendor) &&
        (needle === "" || [agent.name, agent.email, agent.team, agent.timeZone, agent.attritionCohort].some((text) => text.toLowerCase().includes(needle))),
    );
  }, [agents.data, search, vendor]);

  return (
    <>
      <PageHeader
        title="Agents"
        subtitle="Each agent works in their own time zone; availability and rest rules are read there."
        actions={
          <>
            <button type="button" className="button" onClick={() => setShowImport((value) => !value)} aria-expanded={showImport}>Import CSV</button>
            <a className="button" href={agentsExportUrl(includeFormer)} download>Export CSV</a>
          </>
        }
      />
      {showImport && <AgentImport />}
      <div className="toolbar" role="search">
        <label>Search <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Name, team, zone, cohort" /></label>
        <label>Vendor{" "}
          <select value={vendor} onChange={(event) => setVendor(event.target.value)}>
            <option value="">All</option>
            {vendors.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </label>
        <label className="checkbox"><input type="checkbox" checked={includeFormer} onChange={(event) => setIncludeFormer(event.target.checked)} /> Include former agents</label>
        {agents.data && <span className="muted">{visible.length} of {agents.data.agents.length}</span>}
      </div>
      {agents.isPending && <Loading label="Loading agents…" />}
      {agents.isError && <ErrorState error={agents.error} onRetry={() => void agents.refetch()} />}
      {agents.data && visible.length === 0 && <EmptyState title="No agents match." />}
      {visible.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th><th scope="col">Team</th><th scope="col">Time zone</th><th scope="col">Local time</th>
                <th scope="col">Vendor</th><th scope="col">Cohort</th><th scope="col">Contract</th><th scope="col">Skills</th><th scope="col">Employed</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((agent) => (
                <tr key={agent.id}>
                  <td><div>{agent.name}</div><div className="muted small">{agent.email}</div></td>
                  <td>{agent.team}</td>
                  <td title={agent.timeZone}>{zoneCity(agent.timeZone)} <span className="muted">{currentOffsetLabel(agent.timeZone, now)}</span></td>
                  <td>{formatInZone(now, agent.timeZone, { weekday: "short", hour: "2-digit", minute: "2-digit" })}</td>
                  <td>{agent.vendor ?? "In-house"}</td>
                  <td>{agent.attritionCohort}</td>
                  <td>{hours(agent.contract.minMinutesPerWeek)}–{hours(agent.contract.maxMinutesPerWeek)}/wk, ≤ {agent.contract.maxShiftsPerWeek} shifts</td>
                  <td>{agent.skillQueueIds.map((id) => queueNames.data?.get(id) ?? "…").join(", ")}</td>
                  <td>{agent.hireDate}{agent.endDate ? ` → ${agent.endDate}` : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
