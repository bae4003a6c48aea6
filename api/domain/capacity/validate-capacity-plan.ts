import { toEpochDay } from "../time/local-date";
import { MAX_PLAN_WEEKS, type CapacityPlan } from "./plan";
import { WEEKS_PER_CURVE } from "./week-of-year";
import { buildWeeklyHorizon, type WeeklyHorizon } from "./weekly-horizon";

/** A plan the domain cannot project; `problems` name each field, one sentence each. */
export class CapacityPlanInvalidError extends RangeError {
  constructor(readonly problems: string[]) {
    super(`invalid capacity plan: ${problems.join("; ")}`);
    this.name = "CapacityPlanInvalidError";
  }
}

function dateProblem(value: string | null | undefined, field: string): string[] {
  if (value === undefined || value === null) return [];
  try {
    toEpochDay(value);
    return [];
  } catch {
    return [`${field} is not a yyyy-MM-dd date: ${value}`];
  }
}

function demandProblems(plan: CapacityPlan, horizon: WeeklyHorizon): string[] {
  const counts = new Map<string, number>();
  for (const demand of plan.demand) counts.set(demand.weekStartDate, (counts.get(demand.weekStartDate) ?? 0) + 1);
  const missing = horizon.weeks.filter((week) => !counts.has(week.weekStartDate)).map((week) => week.weekStartDate);
  const duplicated = [...counts].filter(([, count]) => count > 1).map(([date]) => date);
  const empty = plan.demand.filter((demand) => (demand.requiredFte ?? demand.scheduledAgentHours ?? null) === null);
  return [
    ...(missing.length
      ? [
          `demand is missing for week(s) starting ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ` and ${missing.length - 5} more` : ""}`,
        ]
      : []),
    ...duplicated.map((date) => `demand has more than one entry for week ${date}`),
    ...empty.map((demand) => `demand for week ${demand.weekStartDate} needs requiredFte or scheduledAgentHours`),
  ];
}

function cohortProblems(plan: CapacityPlan): string[] {
  const curveCohorts = plan.attritionCurves.map((curve) => curve.attritionCohort);
  const needed = new Set([
    ...plan.agents.map((agent) => agent.attritionCohort),
    ...plan.hireClasses.map((hireClass) => hireClass.attritionCohort),
    plan.hiring.attritionCohort,
  ]);
  return [
    ...[...needed]
      .filter((cohort) => !curveCohorts.includes(cohort))
      .map((cohort) => `attrition cohort ${cohort} has no attrition curve`),
    ...curveCohorts
      .filter((cohort, index) => curveCohorts.indexOf(cohort) !== index)
      .map((cohort) => `attrition cohort ${cohort} has more than one curve`),
    ...plan.attritionCurves
      .filter(
        (curve) =>
          curve.weeklyHazardFractions.length !== WEEKS_PER_CURVE ||
          curve.weeklyHazardFractions.some((h) => !(h >= 0 && h <= 1)),
      )
      .map((curve) => `attrition curve of ${curve.attritionCohort} needs ${WEEKS_PER_CURVE} weekly hazards in [0, 1]`),
  ];
}

function peopleProblems(plan: CapacityPlan): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id } of plan.agents) {
    if (seen.has(id)) problems.push(`agent id ${id} appears more than once`);
    seen.add(id);
  }
  for (const agent of plan.agents) {
    problems.push(
      ...dateProblem(agent.hireDate, `agent ${agent.id} hireDate`),
      ...dateProblem(agent.endDate, `agent ${agent.id} endDate`),
    );
    if (agent.hireDate && agent.endDate && agent.endDate < agent.hireDate)
      problems.push(`agent ${agent.id} ends before being hired`);
  }
  for (const hireClass of plan.hireClasses)
    problems.push(...dateProblem(hireClass.startDate, `hire class ${hireClass.id} startDate`));
  return problems;
}

/** Every problem that would stop projectCapacityPlan, or [] when the plan can be projected. */
export function validateCapacityPlan(plan: CapacityPlan): string[] {
  const shapeProblems = [
    ...(Number.isInteger(plan.weekCount) && plan.weekCount >= 1 && plan.weekCount <= MAX_PLAN_WEEKS
      ? []
      : [`weekCount must be 1 … ${MAX_PLAN_WEEKS}`]),
    ...(plan.assumptions.fullTimeMinutesPerWeek > 0 ? [] : ["fullTimeMinutesPerWeek must be above 0"]),
    ...(plan.assumptions.productiveHoursPerFtePerWeek > 0 ? [] : ["productiveHoursPerFtePerWeek must be above 0"]),
    ...dateProblem(plan.asOfDate, "asOfDate"),
  ];
  let horizon: WeeklyHorizon | null = null;
  try {
    horizon = buildWeeklyHorizon(
      plan.startDate,
      Math.max(1, Math.min(plan.weekCount, MAX_PLAN_WEEKS)),
      plan.zone,
      plan.firstDayOfWeek,
    );
  } catch (error) {
    shapeProblems.push((error as Error).message);
  }
  return [
    ...shapeProblems,
    ...(horizon ? demandProblems(plan, horizon) : []),
    ...cohortProblems(plan),
    ...peopleProblems(plan),
  ];
}
