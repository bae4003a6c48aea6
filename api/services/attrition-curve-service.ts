import { addYears } from "../domain/time/calendar-months";
import { localDateOf } from "../domain/time/local-day";
import { annualAttritionFraction, type AttritionCurve } from "../domain/capacity/attrition-curve";
import { fromEpochDay, toEpochDay } from "../domain/time/local-date";
import { estimateAttritionCurves } from "../domain/capacity/estimate-attrition-curves";
import { notFound } from "../errors/app-errors";
import type { Persistence } from "../persistence/repositories";
import type { StoredAttritionCurve } from "../persistence/repositories/capacity-repository";
import type { Actor } from "./actor";

/** Three years of departures: enough to see each season more than once, recent enough to matter. */
const HISTORY_YEARS = 3;

export interface CohortAttritionCurve {
  attritionCohort: string;
  estimated: StoredAttritionCurve["estimate"];
  estimatedFromDate: string;
  estimatedToDate: string;
  editedWeeklyHazardFractions: number[] | null;
  editedAt: string | null;
  effective: AttritionCurve;
  annualAttritionFraction: number;
}

/** The curve plans use: the director's edit where there is one, else the estimate. */
export function effectiveCurve(stored: StoredAttritionCurve): AttritionCurve {
  return stored.editedHazardFractions
    ? { attritionCohort: stored.attritionCohort, weeklyHazardFractions: stored.editedHazardFractions, source: "edited" }
    : {
        attritionCohort: stored.attritionCohort,
        weeklyHazardFractions: stored.estimate.weeklyHazardFractions,
        source: "estimated",
      };
}

function present(stored: StoredAttritionCurve): CohortAttritionCurve {
  const effective = effectiveCurve(stored);
  return {
    attritionCohort: stored.attritionCohort,
    estimated: stored.estimate,
    estimatedFromDate: stored.estimatedFromDate,
    estimatedToDate: stored.estimatedToDate,
    editedWeeklyHazardFractions: stored.editedHazardFractions,
    editedAt: stored.editedAt?.toISOString() ?? null,
    effective,
    annualAttritionFraction: annualAttritionFraction(effective),
  };
}

const userIdOf = (actor: Actor) => (actor.kind === "user" ? actor.userId : null);

/**
 * Attrition curves per cohort (issue 8): estimated from the organisation's own agents (every agent
 * ever employed, departures being last days employed before `asOf`), re-estimated whenever read so
 * new departures count, and edited by a director without losing the estimate.
 */
export function createAttritionCurveService(persistence: Persistence, clock: () => Date) {
  const { repositories } = persistence;

  async function todayIn(organisationId: string): Promise<string> {
    const organisation = await repositories.organisations.findById(organisationId);
    if (!organisation) throw notFound("The organisation");
    return localDateOf(clock().getTime(), organisation.timeZone);
  }

  /** Estimates every cohort from the agents employed in the three years before `asOfDate` and stores it. */
  async function refresh(organisationId: string, asOfDate: string): Promise<StoredAttritionCurve[]> {
    const agents = await repositories.agents.list(organisationId, { currentOn: null });
    const toDate = fromEpochDay(toEpochDay(asOfDate) - 1);
    const earliestHire = agents.reduce(
      (earliest, agent) => (agent.hireDate < earliest ? agent.hireDate : earliest),
      toDate,
    );
    const fromDate = [earliestHire, addYears(asOfDate, -HISTORY_YEARS)].sort()[1];
    const history = agents
      .filter((agent) => agent.hireDate <= toDate)
      .map((agent) => ({
        id: agent.id,
        attritionCohort: agent.attritionCohort,
        hireDate: agent.hireDate,
        endDate: agent.endDate !== null && agent.endDate <= toDate ? agent.endDate : null,
      }));
    const estimatedAt = clock();
    const estimates = estimateAttritionCurves({ agents: history, fromDate, toDate });
    await repositories.capacity.saveEstimates(
      organisationId,
      estimates.map((estimate) => ({ estimate, estimatedFromDate: fromDate, estimatedToDate: toDate, estimatedAt })),
    );
    return repositories.capacity.listCurves(organisationId);
  }

  async function findCohort(
    organisationId: string,
    attritionCohort: string,
    asOfDate: string,
  ): Promise<StoredAttritionCurve> {
    const stored = (await refresh(organisationId, asOfDate)).find((curve) => curve.attritionCohort === attritionCohort);
    if (!stored) throw notFound(`The attrition cohort ${attritionCohort}`);
    return stored;
  }

  return {
    refresh,
    async list(actor: Actor, asOf?: string): Promise<CohortAttritionCurve[]> {
      return (await refresh(actor.organisationId, asOf ?? (await todayIn(actor.organisationId)))).map(present);
    },
    async edit(
      actor: Actor,
      attritionCohort: string,
      weeklyHazardFractions: number[],
      asOf?: string,
    ): Promise<CohortAttritionCurve> {
      const asOfDate = asOf ?? (await todayIn(actor.organisationId));
      await findCohort(actor.organisationId, attritionCohort, asOfDate);
      await repositories.capacity.setEdit(
        actor.organisationId,
        attritionCohort,
        weeklyHazardFractions,
        userIdOf(actor),
      );
      return present(await findCohort(actor.organisationId, attritionCohort, asOfDate));
    },
    async revert(actor: Actor, attritionCohort: string, asOf?: string): Promise<CohortAttritionCurve> {
      const asOfDate = asOf ?? (await todayIn(actor.organisationId));
      await findCohort(actor.organisationId, attritionCohort, asOfDate);
      await repositories.capacity.setEdit(actor.organisationId, attritionCohort, null, null);
      return present(await findCohort(actor.organisationId, attritionCohort, asOfDate));
    },
    todayIn,
  };
}

export type AttritionCurveService = ReturnType<typeof createAttritionCurveService>;
