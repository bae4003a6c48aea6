import { isInsideWeeklyWindows, type IsoWeekday, type WeeklyWindow } from "../organisation/weekly-window";
import { toLocalMs } from "../time/zone";
import type { ShiftBreak } from "./schedule";
import { MINUTES_PER_HOUR, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_WEEK } from "../time/durations";

/** Availability is sampled every 5 minutes: windows and shift starts sit on quarter hours, so no gap hides between samples. */
const AVAILABILITY_STEP_MINUTES = 5;

export interface CheckedShift {
  startUtc: string;
  endUtc: string;
  queueIds: string[];
  breaks: ShiftBreak[];
}

export interface RuleAgent {
  timeZone: string;
  skillQueueIds: string[];
  availability: WeeklyWindow[];
  contract: { maxMinutesPerWeek: number; maxShiftsPerWeek: number; shiftLengthsMinutes: number[] };
}

export interface RuleContext {
  periodStartUtc: string;
  periodEndUtc: string;
  scheduleQueueIds: string[];
  minRestMinutes: number;
  /** The same agent's other shifts in the version. */
  otherShifts: CheckedShift[];
  /** Approved time off of the agent. */
  timeOff: { startsAt: string; endsAt: string }[];
}

/** A rule the optimiser treats as hard; a manual edit that breaks one is saved with this warning. */
export type WarningRule =
  "availability" | "time_off" | "rest" | "max_minutes_per_week" | "max_shifts_per_week" | "skills" | "shift_length";

export interface RuleFinding {
  rule: WarningRule | "period" | "overlap" | "breaks" | "queues";
  message: string;
}

const ms = (iso: string) => Date.parse(iso);
const lengthMinutes = (shift: CheckedShift) => (ms(shift.endUtc) - ms(shift.startUtc)) / MS_PER_MINUTE;

/** Structural rules no schedule may break: inside the period, one shift at a time, breaks inside the shift, the schedule's queues. */
export function structuralProblems(shift: CheckedShift, context: RuleContext): RuleFinding[] {
  const problems: RuleFinding[] = [];
  if (ms(shift.startUtc) < ms(context.periodStartUtc) || ms(shift.endUtc) > ms(context.periodEndUtc))
    problems.push({ rule: "period", message: "the shift must lie inside the schedule's period" });
  if (
    context.otherShifts.some((other) => ms(other.startUtc) < ms(shift.endUtc) && ms(other.endUtc) > ms(shift.startUtc))
  )
    problems.push({ rule: "overlap", message: "the agent already works another shift at that time" });
  if (
    shift.breaks.some(
      (item) =>
        ms(item.startUtc) < ms(shift.startUtc) ||
        ms(item.endUtc) > ms(shift.endUtc) ||
        ms(item.endUtc) <= ms(item.startUtc),
    )
  )
    problems.push({ rule: "breaks", message: "every break must lie inside the shift" });
  const unknown = shift.queueIds.filter((queueId) => !context.scheduleQueueIds.includes(queueId));
  if (shift.queueIds.length === 0 || unknown.length > 0)
    problems.push({ rule: "queues", message: "a shift serves one or more of the schedule's queues" });
  return problems;
}

function availabilityWarning(shift: CheckedShift, agent: RuleAgent): RuleFinding[] {
  for (
    let instant = ms(shift.startUtc);
    instant < ms(shift.endUtc);
    instant += AVAILABILITY_STEP_MINUTES * MS_PER_MINUTE
  ) {
    const local = new Date(toLocalMs(instant, agent.timeZone));
    const weekday = (((local.getUTCDay() + 6) % 7) + 1) as IsoWeekday;
    if (!isInsideWeeklyWindows(agent.availability, weekday, local.getUTCHours() * 60 + local.getUTCMinutes())) {
      return [
        {
          rule: "availability",
          message: `outside the agent's availability at ${local.toISOString().slice(0, 16)} local (${agent.timeZone})`,
        },
      ];
    }
  }
  return [];
}

function timeOffWarning(shift: CheckedShift, context: RuleContext): RuleFinding[] {
  const clash = context.timeOff.find(
    (off) => ms(off.startsAt) < ms(shift.endUtc) && ms(off.endsAt) > ms(shift.startUtc),
  );
  return clash ? [{ rule: "time_off", message: `overlaps approved time off ${clash.startsAt} – ${clash.endsAt}` }] : [];
}

/** Rest is real elapsed time between the end of one shift and the start of the next (EU 2003/88/EC art. 3: 11 h). */
function restWarning(shift: CheckedShift, context: RuleContext): RuleFinding[] {
  const gaps = context.otherShifts.map((other) =>
    ms(other.endUtc) <= ms(shift.startUtc)
      ? ms(shift.startUtc) - ms(other.endUtc)
      : ms(other.startUtc) - ms(shift.endUtc),
  );
  const shortest = Math.min(...gaps.filter((gap) => gap >= 0));
  if (!(shortest < context.minRestMinutes * MS_PER_MINUTE)) return [];
  return [
    {
      rule: "rest",
      message: `only ${shortest / MS_PER_HOUR} h of rest beside another shift; at least ${context.minRestMinutes / MINUTES_PER_HOUR} h required`,
    },
  ];
}

/** Contract weeks are 7×24 h blocks from the period start, as in the roster problem. */
function weekLimitWarnings(shift: CheckedShift, agent: RuleAgent, context: RuleContext): RuleFinding[] {
  const weekOf = (item: CheckedShift) => Math.floor((ms(item.startUtc) - ms(context.periodStartUtc)) / MS_PER_WEEK);
  const sameWeek = [...context.otherShifts.filter((other) => weekOf(other) === weekOf(shift)), shift];
  const minutes = sameWeek.reduce((total, item) => total + lengthMinutes(item), 0);
  const findings: RuleFinding[] = [];
  if (minutes > agent.contract.maxMinutesPerWeek)
    findings.push({
      rule: "max_minutes_per_week",
      message: `${minutes} minutes in the contract week; the contract allows ${agent.contract.maxMinutesPerWeek}`,
    });
  if (sameWeek.length > agent.contract.maxShiftsPerWeek)
    findings.push({
      rule: "max_shifts_per_week",
      message: `${sameWeek.length} shifts in the contract week; the contract allows ${agent.contract.maxShiftsPerWeek}`,
    });
  return findings;
}

function skillWarning(shift: CheckedShift, agent: RuleAgent): RuleFinding[] {
  const missing = shift.queueIds.filter((queueId) => !agent.skillQueueIds.includes(queueId));
  return missing.length > 0
    ? [{ rule: "skills", message: `the agent is not skilled for queue ${missing.join(", ")}` }]
    : [];
}

function lengthWarning(shift: CheckedShift, agent: RuleAgent): RuleFinding[] {
  const minutes = lengthMinutes(shift);
  return agent.contract.shiftLengthsMinutes.includes(minutes)
    ? []
    : [
        {
          rule: "shift_length",
          message: `${minutes}-minute shift; the contract allows ${agent.contract.shiftLengthsMinutes.join(", ")} minutes`,
        },
      ];
}

/** The optimiser's hard rules a manually placed shift breaks (availability, time off, rest, weekly maxima, skills, lengths). */
export function ruleWarnings(shift: CheckedShift, agent: RuleAgent, context: RuleContext): RuleFinding[] {
  return [
    ...availabilityWarning(shift, agent),
    ...timeOffWarning(shift, context),
    ...restWarning(shift, context),
    ...weekLimitWarnings(shift, agent, context),
    ...skillWarning(shift, agent),
    ...lengthWarning(shift, agent),
  ];
}
