import type { ModelContext } from "../milp/model-context";

/**
 * Soft rule family "preferences": each minute of a shift inside one of the agent's avoid windows
 * (local weekday windows, e.g. "no Friday evenings") costs weights.avoidedMinute. It adds no rows:
 * the cost sits on the shift variable itself, charged to "avoided_time".
 */
export function addPreferences(context: ModelContext): void {
  const weight = context.prepared.source.weights.avoidedMinute;
  context.candidates.forEach((shift, variable) => {
    if (shift.avoidedMinutes <= 0 || weight <= 0) return;
    context.builder.chargeVariable(variable, weight * shift.avoidedMinutes, {
      rule: "avoided_time",
      quantityPerUnit: shift.avoidedMinutes,
    });
  });
}
