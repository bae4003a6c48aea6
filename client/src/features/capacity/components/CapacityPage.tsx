import { useState, type FormEvent } from "react";
import { EmptyState, ErrorState, Loading, PageHeader } from "../../../components/ui/states";
import { useCreatePlan, usePlan, usePlans, useRecompute } from "../api/queries";
import { AssumptionsForm } from "./AssumptionsForm";
import { AttritionCurves } from "./AttritionCurves";
import { CapacityChart } from "./CapacityChart";
import { EpisodeList } from "./EpisodeList";
import { formatCalendarDate } from "../../../lib/zoned-time";
import { formatFte } from "./format";
import { ScenarioComparison } from "./ScenarioComparison";

function NewPlanForm() {
  const [name, setName] = useState(`Capacity plan ${new Date().getFullYear()}`);
  const create = useCreatePlan();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(name);
  };
  return (
    <form className="toolbar" onSubmit={submit} aria-label="New capacity plan">
      <label>
        Plan name <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? "Forecasting a year of demand…" : "Make a plan from today's data"}
      </button>
      {create.isError && <ErrorState error={create.error} />}
    </form>
  );
}

function PlanView({ planId }: { planId: string }) {
  const plan = usePlan(planId);
  const recompute = useRecompute(planId);
  if (plan.isPending) return <Loading label="Loading the plan…" />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  const { result } = plan.data;
  return (
    <>
      <section className="panel" aria-labelledby="plan-heading">
        <div className="toolbar">
          <h2 id="plan-heading">{plan.data.name}</h2>
          <span className="muted">
            {result.weeks.length} weeks from {formatCalendarDate(plan.data.startDate)} · {plan.data.agentCount} agents
            as of {formatCalendarDate(plan.data.asOfDate)} · demand from{" "}
            {plan.data.demandSources.map((source) => `${source.queueName} (${source.method})`).join(", ")}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() => recompute.mutate()}
            disabled={recompute.isPending}
          >
            Recompute with current curves
          </button>
        </div>
        <dl className="facts">
          <div>
            <dt>Average required</dt>
            <dd>{formatFte(result.totals.averageRequiredFte)} FTE</dd>
          </div>
          <div>
            <dt>Average projected</dt>
            <dd>{formatFte(result.totals.averageProductiveFte)} FTE</dd>
          </div>
          <div>
            <dt>Peak shortfall</dt>
            <dd>{formatFte(result.totals.peakShortFte)} FTE</dd>
          </div>
          <div>
            <dt>Flagged weeks</dt>
            <dd>{result.totals.flaggedWeekCount}</dd>
          </div>
        </dl>
        <CapacityChart result={result} />
        <h3>Gap episodes</h3>
        <EpisodeList result={result} />
      </section>
      <AssumptionsForm key={plan.data.updatedAt} plan={plan.data} />
      <section className="panel" aria-labelledby="scenarios-heading">
        <h2 id="scenarios-heading">Scenarios</h2>
        <ScenarioComparison plan={plan.data} />
      </section>
    </>
  );
}

/** The long-range capacity plan (issue 8): see the gap months ahead and when to start hiring. */
export function CapacityPage() {
  const plans = usePlans();
  const [selected, setSelected] = useState<string | null>(null);
  const planId = selected ?? plans.data?.plans[0]?.id ?? null;
  return (
    <>
      <PageHeader
        title="Capacity"
        subtitle="Weekly required against projected FTE for the next year: attrition by cohort, known departures, planned classes, and when to recruit."
      />
      {plans.isPending && <Loading label="Loading plans…" />}
      {plans.isError && <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.data && (
        <>
          <div className="toolbar">
            {plans.data.plans.length > 0 && (
              <label>
                Plan
                <select value={planId ?? ""} onChange={(event) => setSelected(event.target.value)}>
                  {plans.data.plans.map((plan) => (
                    <option key={plan.id} value={plan.id}>
                      {plan.name} ({plan.createdAt.slice(0, 10)})
                    </option>
                  ))}
                </select>
              </label>
            )}
            <NewPlanForm />
          </div>
          {planId ? (
            <PlanView planId={planId} />
          ) : (
            <EmptyState title="No capacity plan yet">Make one from today's agents and the queues' history.</EmptyState>
          )}
        </>
      )}
      <section className="panel" aria-labelledby="curves-heading">
        <h2 id="curves-heading">Attrition by cohort</h2>
        <p className="muted">
          Estimated from the organisation's own departures; an edit is kept apart from the estimate and used by plans
          after Recompute.
        </p>
        <AttritionCurves />
      </section>
    </>
  );
}
