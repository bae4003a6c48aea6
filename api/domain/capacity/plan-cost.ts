import type { CostRates } from "./plan";

/** A year has 365.25 days on average (leap years included), so a week is 7/365.25 of an annual cost. */
const WEEKS_PER_YEAR = 365.25 / 7;

/** The cost group an agent or class is priced under: its vendor when that vendor has a rate, else its cohort. */
export function costGroupOf(costs: CostRates, attritionCohort: string, vendor: string | null | undefined): string {
  return vendor && costs.annualCostPerFteByVendor[vendor] !== undefined ? vendor : attritionCohort;
}

/** Annual cost of one paid FTE in a cost group; null when the plan gives no rate for it. */
export function annualCostPerFteOf(costs: CostRates, costGroup: string): number | null {
  return costs.annualCostPerFteByVendor[costGroup] ?? costs.annualCostPerFteByCohort[costGroup] ?? null;
}

/** Cost of `paidFte` for one week at an annual rate per FTE. */
export function weeklyCost(paidFte: number, annualCostPerFte: number): number {
  return (paidFte * annualCostPerFte) / WEEKS_PER_YEAR;
}
