import { useMemo, useState, type FormEvent } from "react";
import type { CohortAttritionCurveDto } from "../../../../../api/contracts/capacity";
import { Chart, type ChartOption } from "../../../components/ui/Chart";
import { EmptyState, ErrorState, Loading } from "../../../components/ui/states";
import { useCurves, useEditCurve, useRevertCurve } from "../api/queries";
import { formatPercent } from "./format";

/**
 * An extra loss of `lossFraction` spread evenly over weeks `from` … `to` (wrapping past week 52): each
 * week's hazard h becomes 1 − (1 − h)(1 − x) with (1 − x)^weeks = 1 − lossFraction, the same rule the
 * plan's domain uses for a seasonal exit.
 */
function withExtraLoss(hazards: number[], from: number, to: number, lossFraction: number): number[] {
  const weeks = ((to - from + 52) % 52) + 1;
  const extra = 1 - (1 - lossFraction) ** (1 / weeks);
  const next = [...hazards];
  for (let offset = 0; offset < weeks; offset += 1) {
    const index = (from - 1 + offset) % 52;
    next[index] = 1 - (1 - next[index]) * (1 - extra);
  }
  return next;
}

function CurveChart({ curve }: { curve: CohortAttritionCurveDto }) {
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 48, right: 12, top: 28, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: "axis", valueFormatter: (value: unknown) => `${Number(value).toFixed(2)} %` },
      xAxis: { type: "category", name: "week", data: Array.from({ length: 52 }, (_, index) => index + 1) },
      yAxis: { type: "value", name: "% / week" },
      series: [
        {
          name: "Estimated",
          type: "bar",
          data: curve.estimated.weeklyHazardFractions.map((hazard) => hazard * 100),
          itemStyle: { color: "#94a3b8" },
        },
        {
          name: "Used by plans",
          type: "line",
          data: curve.effective.weeklyHazardFractions.map((hazard) => hazard * 100),
          itemStyle: { color: "#7c3aed" },
          showSymbol: false,
        },
      ],
    }),
    [curve],
  );
  return (
    <Chart
      option={option}
      height={180}
      label={`Weekly attrition hazard of ${curve.attritionCohort}, estimated and used`}
    />
  );
}

function CurveCard({ curve }: { curve: CohortAttritionCurveDto }) {
  const [edit, setEdit] = useState({ from: "23", to: "30", loss: "10" });
  const save = useEditCurve();
  const revert = useRevertCurve();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      attritionCohort: curve.attritionCohort,
      weeklyHazardFractions: withExtraLoss(
        curve.effective.weeklyHazardFractions,
        Number(edit.from),
        Number(edit.to),
        Number(edit.loss) / 100,
      ),
    });
  };
  const set = (name: keyof typeof edit) => (event: { target: { value: string } }) =>
    setEdit((current) => ({ ...current, [name]: event.target.value }));
  return (
    <section className="card" aria-label={`Attrition of ${curve.attritionCohort}`}>
      <header className="card__header">
        <h3>{curve.attritionCohort}</h3>
        <span className="badge">{curve.effective.source}</span>
      </header>
      <p className="muted small">
        {formatPercent(curve.annualAttritionFraction)} a year on the curve plans use · {curve.estimated.departures}{" "}
        departures in {Math.round(curve.estimated.agentWeeksAtRisk)} agent-weeks ({curve.estimatedFromDate} –{" "}
        {curve.estimatedToDate})
      </p>
      <CurveChart curve={curve} />
      <form className="toolbar" onSubmit={submit}>
        <label>
          Weeks <input aria-label="from week" value={edit.from} onChange={set("from")} size={3} />
        </label>
        <label>
          to <input aria-label="to week" value={edit.to} onChange={set("to")} size={3} />
        </label>
        <label>
          lose another <input aria-label="extra loss percent" value={edit.loss} onChange={set("loss")} size={4} /> %
        </label>
        <button type="submit" className="button button--small" disabled={save.isPending}>
          Edit curve
        </button>
        {curve.editedWeeklyHazardFractions && (
          <button
            type="button"
            className="button button--small"
            onClick={() => revert.mutate(curve.attritionCohort)}
            disabled={revert.isPending}
          >
            Revert to estimate
          </button>
        )}
      </form>
      {(save.isError || revert.isError) && <ErrorState error={save.error ?? revert.error} />}
    </section>
  );
}

/** Each cohort's weekly attrition: the estimate from the organisation's history and the director's edit. */
export function AttritionCurves() {
  const curves = useCurves();
  if (curves.isPending) return <Loading label="Estimating attrition curves…" />;
  if (curves.isError) return <ErrorState error={curves.error} onRetry={() => void curves.refetch()} />;
  if (curves.data.curves.length === 0)
    return <EmptyState title="No agents yet">Attrition is estimated from agents' hire and end dates.</EmptyState>;
  return (
    <div className="card-grid card-grid--two">
      {curves.data.curves.map((curve) => (
        <CurveCard key={curve.attritionCohort} curve={curve} />
      ))}
    </div>
  );
}
