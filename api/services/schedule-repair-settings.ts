import { DEFAULT_STABILITY_WEIGHT_AGENT_MINUTES } from "../domain/roster/model/repair-problem";

/** An organisation's fair-workweek settings, as stored (columns `notice_window_days`, `predictability_premium_minutes`). */
export interface OrganisationRepairSettings {
  noticeWindowDays: number;
  predictabilityPremiumMinutes: number;
}

/** How a repair prices change, from the organisation's settings: the one place they are read. */
export function repairPricingOf(settings: OrganisationRepairSettings) {
  return {
    noticeWindowDays: settings.noticeWindowDays,
    predictabilityPremiumAgentMinutes: settings.predictabilityPremiumMinutes,
    stabilityWeightAgentMinutes: DEFAULT_STABILITY_WEIGHT_AGENT_MINUTES,
  };
}
