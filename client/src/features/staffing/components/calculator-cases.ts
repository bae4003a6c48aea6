import type { StaffingCaseDto } from "../../../../../api/contracts/staffing";

export interface CalculatorInputs {
  callsPerInterval: number;
  intervalMinutes: number;
  ahtSeconds: number;
  targetServiceLevelPercent: number;
  targetAnswerSeconds: number;
  shrinkagePercent: number;
  maxOccupancyPercent: number;
  patienceSeconds: number;
  channel: "voice" | "chat";
  concurrency: number;
}

export const defaultInputs: CalculatorInputs = {
  callsPerInterval: 100,
  intervalMinutes: 30,
  ahtSeconds: 180,
  targetServiceLevelPercent: 80,
  targetAnswerSeconds: 20,
  shrinkagePercent: 30,
  maxOccupancyPercent: 85,
  patienceSeconds: 120,
  channel: "voice",
  concurrency: 2,
};

/** The form speaks percent (what a person reads); the API takes fractions. */
export function baseCase(inputs: CalculatorInputs): StaffingCaseDto {
  return {
    callsPerInterval: inputs.callsPerInterval,
    intervalSeconds: inputs.intervalMinutes * 60,
    ahtSeconds: inputs.ahtSeconds,
    targetAnswerSeconds: inputs.targetAnswerSeconds,
    targetServiceLevel: inputs.targetServiceLevelPercent / 100,
    shrinkage: inputs.shrinkagePercent / 100,
    maxOccupancy: inputs.maxOccupancyPercent / 100,
    channel: inputs.channel,
    ...(inputs.channel === "chat" ? { concurrency: inputs.concurrency } : {}),
  };
}

export const curveLength = 24;

/**
 * Cases for one request: [Erlang C target, Erlang A target, then the curve: Erlang C and Erlang A
 * evaluated at each agent count from `firstAgents`].
 */
export function calculatorCases(inputs: CalculatorInputs, firstAgents: number): StaffingCaseDto[] {
  const base = baseCase(inputs);
  const erlangA = { ...base, model: "erlang-a" as const, patienceSeconds: inputs.patienceSeconds };
  const curve = Array.from({ length: curveLength }, (_, index) => firstAgents + index).flatMap((agents) => [
    { ...base, agents },
    { ...erlangA, agents },
  ]);
  return [base, erlangA, ...curve];
}

export function isValidInputs(inputs: CalculatorInputs): boolean {
  return (
    inputs.callsPerInterval >= 0 &&
    inputs.intervalMinutes > 0 &&
    inputs.ahtSeconds > 0 &&
    inputs.targetAnswerSeconds >= 0 &&
    inputs.targetServiceLevelPercent > 0 &&
    inputs.targetServiceLevelPercent < 100 &&
    inputs.shrinkagePercent >= 0 &&
    inputs.shrinkagePercent < 100 &&
    inputs.maxOccupancyPercent > 0 &&
    inputs.maxOccupancyPercent <= 100 &&
    inputs.patienceSeconds > 0 &&
    (inputs.channel === "voice" || inputs.concurrency >= 1)
  );
}
