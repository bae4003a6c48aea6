import type { AgentDto } from "../../../../../api/contracts/agents";

const hours = (minutes: number) => {
  const value = Math.round((minutes / 60) * 10) / 10;
  return `${value} h`;
};

/** "30–40 h a week · up to 5 shifts · shifts of 8 h or 10 h" for people. */
export function describeContract(contract: AgentDto["contract"]): string {
  const weekly =
    contract.minMinutesPerWeek === contract.maxMinutesPerWeek
      ? `${hours(contract.maxMinutesPerWeek)} a week`
      : `${hours(contract.minMinutesPerWeek)}–${hours(contract.maxMinutesPerWeek)} a week`;
  const shifts = `up to ${contract.maxShiftsPerWeek} shift${contract.maxShiftsPerWeek === 1 ? "" : "s"}`;
  const lengths = [...new Set(contract.shiftLengthsMinutes)].sort((a, b) => a - b).map(hours);
  const lengthText = lengths.length === 1 ? lengths[0] : `${lengths.slice(0, -1).join(", ")} or ${lengths.at(-1)}`;
  return `${weekly} · ${shifts} · shifts of ${lengthText}`;
}
