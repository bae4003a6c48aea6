import { useMemo, useState, type FormEvent } from "react";
import type { CapacityPlanDetailDto } from "../../../../../api/contracts/capacity";
import { Chart, type ChartOption } from "../../../components/ui/Chart";
import { ErrorState, Loading } from "../../../components/ui/states";
import { useComparison, useCreateScenario, useDeleteScenario } from "../api/queries";
import { formatFte } from "./format";

const palette = ["#2563eb", "#16a34a", "#7c3aed", "#db2777", "#0891b2"];

function ScenarioForm({ plan }: { plan: CapacityPlanDetailDto }) {
  const cohorts = plan.attritionCurves.map((curve) => curve.attritionCohort);
  const [fields, setFields] = useState({
    name: "With the recommended classes",
    growth: "0",
    cohort: cohorts[0] ?? "",
    multiplier: "1",
    addRecommended: true,
  });
  const create = useCreateScenario(plan.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      name: fields.name,
      demandGrowthFraction: Number(fields.growth) / 100,
      attritionMultipliers: fields.cohort ? { [fields.cohort]: Number(fields.multiplier) } : {},
      addRecommendedClasses: fields.addRecommended,
    });
  };
  return (
    <form className="panel" onSubmit={submit} aria-label="New scenario">
      <div className="form-grid">
        <label>
          Scenario name
          <input value={fields.name} onChange={(event) => setFields({ ...fields, name: event.target.value })} />
        </label>
        <label>
          Extra demand growth (%)
          <input value={fields.growth} onChange={(event) => setFields({ ...fields, growth: event.target.value })} />
        </label>
        <label>
          Attrition of
          <select value={fields.cohort} onChange={(event) => setFields({ ...fields, cohort: event.target.value })}>
            {cohorts.map((cohort) => (
              <option key={cohort}>{cohort}</option>
            ))}
          </select>
        </label>
        <label>
          × multiplier
          <input
            value={fields.multiplier}
            onChange={(event) => setFields({ ...fields, multiplier: event.target.value })}
          />
        </label>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={fields.addRecommended}
          onChange={(event) => setFields({ ...fields, addRecommended: event.target.checked })}
        />
        Add the class each gap episode recommends
      </label>
      <div className="toolbar">
        <button type="submit" className="button" disabled={create.isPending}>
          Add scenario
        </button>
      </div>
      {create.isError && <ErrorState error={create.error} />}
    </form>
  );
}

/** The plan and its scenarios side by side: headline figures and the weekly projection of each. */
export function ScenarioComparison({ plan }: { plan: CapacityPlanDetailDto }) {
  const comparison = useComparison(plan.id);
  const remove = useDeleteScenario(plan.id);
  const option = useMemo<ChartOption>(() => {
    const data = comparison.data;
    if (!data) return {};
    return {
      grid: { left: 56, right: 16, top: 40, bottom: 32 },
      legend: { top: 0 },
      tooltip: { trigger: "axis", valueFormatter: (value: unknown) => Number(value).toFixed(1) },
      xAxis: { type: "category", data: data.weeks.map((week) => week.weekStartDate) },
      yAxis: { type: "value", name: "FTE" },
      series: [
        {
          name: "Required",
          type: "line",
          data: data.weeks.map((week) => week.requiredFte[0]),
          itemStyle: { color: "#dc2626" },
          showSymbol: false,
        },
        ...data.columns.map((column, index) => ({
          name: column.name,
          type: "line",
          data: data.weeks.map((week) => week.productiveFte[index]),
          itemStyle: { color: palette[index % palette.length] },
          showSymbol: false,
        })),
      ],
    };
  }, [comparison.data]);
  return (
    <>
      <ScenarioForm plan={plan} />
      {comparison.isPending && <Loading label="Comparing scenarios…" />}
      {comparison.isError && <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />}
      {comparison.data && (
        <>
          {comparison.data.columns.length > 1 && (
            <Chart
              option={option}
              height={260}
              label="Projected FTE of the plan and each scenario against required FTE"
            />
          )}
          <div className="table-scroll">
            <table className="table table--compact" aria-label="Scenario comparison">
              <thead>
                <tr>
                  <th>Scenario</th>
                  <th>Peak short (FTE)</th>
                  <th>Short FTE-weeks</th>
                  <th>Flagged weeks</th>
                  <th>Planned hires</th>
                  <th>Cost</th>
                  <th>Episodes</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {comparison.data.columns.map((column, index) => (
                  <tr key={column.name + index}>
                    <th scope="row">{column.name}</th>
                    <td>{formatFte(column.totals.peakShortFte)}</td>
                    <td>
                      {formatFte(column.totals.shortFteWeeks)}
                      {index > 0 && (
                        <span className="muted">
                          {" "}
                          ({column.versusBase.shortFteWeeks >= 0 ? "+" : ""}
                          {formatFte(column.versusBase.shortFteWeeks)})
                        </span>
                      )}
                    </td>
                    <td>{column.totals.flaggedWeekCount}</td>
                    <td>{column.totals.plannedHireHeads}</td>
                    <td>
                      {column.totals.uncostedGroups.length > 0
                        ? "not costed"
                        : Math.round(column.totals.totalCost).toLocaleString("en-US")}
                    </td>
                    <td className="small">{column.episodeSummaries.join("; ") || "none"}</td>
                    <td>
                      {index > 0 && (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => remove.mutate(comparison.data.scenarioIds[index - 1])}
                        >
                          Delete
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
