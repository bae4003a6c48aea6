import { useState, type FormEvent } from "react";
import type { CapacityPlanDetailDto, PlanAssumptionsDto } from "../../../../../api/contracts/capacity";
import { ErrorState } from "../../../components/ui/states";
import { useUpdateAssumptions } from "../api/queries";
import { formatCalendarDate } from "../../../lib/zoned-time";

type Fields = Record<string, string>;

const percent = (fraction: number) => String(Math.round(fraction * 1000) / 10);

function fieldsOf(assumptions: PlanAssumptionsDto, cohorts: string[]): Fields {
  const { capacity, hiring, costs } = assumptions;
  return {
    productiveHours: String(capacity.productiveHoursPerFtePerWeek),
    scheduleEfficiency: percent(capacity.scheduleEfficiencyFraction),
    tolerancePercent: percent(capacity.gapToleranceFraction),
    toleranceFte: String(capacity.gapToleranceFte),
    demandGrowth: percent(capacity.demandGrowthFraction),
    hiringCohort: hiring.attritionCohort,
    classHours: String(hiring.contractedMinutesPerWeek / 60),
    recruitingWeeks: String(hiring.recruitingLeadWeeks),
    trainingWeeks: String(hiring.trainingWeeks),
    ramp: hiring.rampFractions.map(percent).join(", "),
    currency: costs.currency,
    ...Object.fromEntries(
      cohorts.map((cohort) => [`cost:${cohort}`, String(costs.annualCostPerFteByCohort[cohort] ?? "")]),
    ),
  };
}

/** The director's assumptions; saving recomputes the plan and its scenarios. */
export function AssumptionsForm({ plan }: { plan: CapacityPlanDetailDto }) {
  const cohorts = plan.attritionCurves.map((curve) => curve.attritionCohort);
  const [fields, setFields] = useState<Fields>(() => fieldsOf(plan.assumptions, cohorts));
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const update = useUpdateAssumptions(plan.id);
  const set = (name: string) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));
  const number = (name: string) => Number(fields[name]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const costs = Object.fromEntries(
      cohorts.filter((cohort) => fields[`cost:${cohort}`] !== "").map((cohort) => [cohort, number(`cost:${cohort}`)]),
    );
    update.mutate({
      capacity: {
        ...plan.assumptions.capacity,
        productiveHoursPerFtePerWeek: number("productiveHours"),
        scheduleEfficiencyFraction: number("scheduleEfficiency") / 100,
        gapToleranceFraction: number("tolerancePercent") / 100,
        gapToleranceFte: number("toleranceFte"),
        demandGrowthFraction: number("demandGrowth") / 100,
      },
      hiring: {
        ...plan.assumptions.hiring,
        attritionCohort: fields.hiringCohort,
        contractedMinutesPerWeek: Math.round(number("classHours") * 60),
        recruitingLeadWeeks: number("recruitingWeeks"),
        trainingWeeks: number("trainingWeeks"),
        rampFractions: fields.ramp
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean)
          .map((part) => Number(part) / 100),
      },
      costs: { ...plan.assumptions.costs, currency: fields.currency, annualCostPerFteByCohort: costs },
      hireClasses: plan.assumptions.hireClasses.filter((hireClass) => !removed.has(hireClass.id)),
    });
  }

  const input = (name: string, label: string, props: Record<string, string | number> = {}) => (
    <label key={name}>
      {label}
      <input name={name} value={fields[name]} onChange={set(name)} inputMode="decimal" {...props} />
    </label>
  );

  return (
    <form className="panel" onSubmit={submit} aria-label="Plan assumptions">
      <h2>Assumptions</h2>
      <div className="form-grid">
        {input("productiveHours", "Productive hours per FTE per week")}
        {input("scheduleEfficiency", "Schedule-efficiency allowance (%)")}
        {input("tolerancePercent", "Gap tolerance (% of required)")}
        {input("toleranceFte", "Gap tolerance (FTE, at least)")}
        {input("demandGrowth", "Demand growth (%)")}
        <label>
          Hiring cohort
          <select name="hiringCohort" value={fields.hiringCohort} onChange={set("hiringCohort")}>
            {cohorts.map((cohort) => (
              <option key={cohort}>{cohort}</option>
            ))}
          </select>
        </label>
        {input("classHours", "Contract of a new hire (hours / week)")}
        {input("recruitingWeeks", "Recruiting lead time (weeks)")}
        {input("trainingWeeks", "Training (weeks, not productive)")}
        {input("ramp", "Ramp after training (% per week)")}
        {input("currency", "Currency")}
        {cohorts.map((cohort) => input(`cost:${cohort}`, `Annual cost per FTE, ${cohort}`))}
      </div>
      {plan.assumptions.hireClasses.length > 0 && (
        <fieldset>
          <legend>Planned classes (untick to drop)</legend>
          {plan.assumptions.hireClasses.map((hireClass) => (
            <label key={hireClass.id} className="checkbox">
              <input
                type="checkbox"
                checked={!removed.has(hireClass.id)}
                onChange={(event) =>
                  setRemoved((current) => {
                    const next = new Set(current);
                    if (event.target.checked) next.delete(hireClass.id);
                    else next.add(hireClass.id);
                    return next;
                  })
                }
              />
              {hireClass.size} × {hireClass.attritionCohort} from {formatCalendarDate(hireClass.startDate)} (
              {hireClass.trainingWeeks} weeks training)
            </label>
          ))}
        </fieldset>
      )}
      <div className="toolbar">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? "Recomputing…" : "Save and recompute"}
        </button>
      </div>
      {update.isError && <ErrorState error={update.error} />}
    </form>
  );
}
