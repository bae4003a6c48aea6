import type { RosterFilters } from "./roster-view";

export interface FilterOptions {
  queues: { id: string; name: string }[];
  teams: string[];
  vendors: string[];
  zones: string[];
  cohorts: string[];
}

function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">All</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const plain = (values: string[]) => values.map((value) => ({ value, label: value }));

export function RosterFiltersBar({
  filters,
  options,
  onChange,
}: {
  filters: RosterFilters;
  options: FilterOptions;
  onChange: (filters: RosterFilters) => void;
}) {
  const set = (key: keyof RosterFilters) => (value: string) => onChange({ ...filters, [key]: value });
  return (
    <div className="toolbar roster-filters no-print" role="group" aria-label="Filters">
      <Choice
        label="Queue"
        value={filters.queueId}
        options={options.queues.map((queue) => ({ value: queue.id, label: queue.name }))}
        onChange={set("queueId")}
      />
      <Choice label="Team" value={filters.team} options={plain(options.teams)} onChange={set("team")} />
      <Choice label="Vendor" value={filters.vendor} options={plain(options.vendors)} onChange={set("vendor")} />
      <Choice
        label="Agent zone"
        value={filters.agentTimeZone}
        options={plain(options.zones)}
        onChange={set("agentTimeZone")}
      />
      <Choice label="Cohort" value={filters.cohort} options={plain(options.cohorts)} onChange={set("cohort")} />
    </div>
  );
}
