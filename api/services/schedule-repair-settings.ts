import { DEFAULT_STABILITY_WEIGHT_AGENT_MINUTES } from "../domain/roster/model/repair-problem";

/** An organisation's fair-workweek settings, as stored (columns `notice_window_days`, `predictability_premium_minutes`). */
export interface OrganisationRepairSettings {
  noticeWindowDays: number;
  predictabilityPremiumMinutes: number;
}

/**
 * The defaults until the organisation columns exist: 14 days' notice and an hour's premium, as
 * New York City (Admin. Code § 20-1222) and Seattle (SMC 14.22.050) set them.
 */
export const DEFAULT_ORGANISATION_REPAIR_SETTINGS: OrganisationRepairSettings = { noticeWindowDays: 14, predictabilityPremiumMinutes: 60 };

/** How a repair prices change, from the organisation's settings: the one place they are read. */
export function repairPricingOf(settings: OrganisationRepairSettings) {
  return {
    noticeWindowDays: settings.noticeWindowDays,
    predictabilityPremiumAgentMinutes: settings.predictabilityPremiumMinutes,
    stabilityWeightAgentMinutes: DEFAULT_STABILITY_WEIGHT_AGENT_MINUTES,
  };
}
