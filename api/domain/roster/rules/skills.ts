import type { CandidateShift } from "../model/candidate-shift";
import type { LinearTerm } from "../milp/solver-port";
import { intervalStartMs, nameInstant, type ModelContext } from "../milp/model-context";

/**
 * Hard rule family "skills": an agent's time counts only on queues the agent is skilled for.
 *
 * Agents with the same set of skills form a group. `on_duty(skills=…,t=…)` counts the group's
 * agents on the phones in interval t. It is written as a running total,
 * `on_duty_flow(skills=…,t=…)`: on(t) − on(t−1) − Σ (coverage(t) − coverage(t−1)) × shift = 0,
 * so a shift enters only the rows where its coverage changes (start, end, breaks): about 8
 * nonzeros for an 8-hour shift with three breaks instead of 32 fifteen-minute intervals. The
 * relaxation is the same as with one term per interval; the model is just sparser.
 *
 * Attribution is per interval and fractional: a blended group's agents on the phones are split
 * among its queues by continuous `assign(skills=…,queue=…,t=…)` that the optimiser chooses, with
 * `attribute(skills=…,t=…)`: on − Σ assign = 0. A blended agent can thus serve chat at 10:00 and
 * voice at 10:15, or half of each within an interval, which is how blended routing behaves.
 * Because the split is part of the model (not fixed after solving), the solver's bound is a bound
 * on exactly the coverage the decoder reports. A single-skill group's on-duty variable enters its
 * queue's coverage row directly.
 */

export interface SkillGroup {
  key: string;
  queueIndices: number[];
}

export interface Attribution {
  variable: number;
  group: number;
  queue: number;
  interval: number;
}

export interface OnDuty {
  variable: number;
  group: number;
  interval: number;
}

export function skillGroupsOf(
  queueIds: string[],
  agentSkills: string[][],
): { groups: SkillGroup[]; groupOfAgent: number[] } {
  const groups: SkillGroup[] = [];
  const byKey = new Map<string, number>();
  const groupOfAgent = agentSkills.map((skills) => {
    const queueIndices = [
      ...new Set(skills.map((skill) => queueIds.indexOf(skill)).filter((index) => index >= 0)),
    ].sort((a, b) => a - b);
    const key = queueIndices.map((index) => queueIds[index]).join("+");
    let group = byKey.get(key);
    if (group === undefined) {
      group = groups.push({ key, queueIndices }) - 1;
      byKey.set(key, group);
    }
    return group;
  });
  return { groups, groupOfAgent };
}

function pushTerm(map: Map<number, LinearTerm[]>, key: number, term: LinearTerm): void {
  const terms = map.get(key);
  if (terms) terms.push(term);
  else map.set(key, [term]);
}

/** Changes of a shift's coverage from one interval to the next, as (interval, change) pairs. */
export function coverageSteps(shift: CandidateShift): { interval: number; change: number }[] {
  const steps: { interval: number; change: number }[] = [];
  let previousInterval = -2;
  let previousFraction = 0;
  shift.coverIntervals.forEach((interval, position) => {
    const fraction = shift.coverFractions[position];
    if (interval !== previousInterval + 1 && previousFraction !== 0)
      steps.push({ interval: previousInterval + 1, change: -previousFraction });
    const before = interval === previousInterval + 1 ? previousFraction : 0;
    if (fraction !== before) steps.push({ interval, change: fraction - before });
    previousInterval = interval;
    previousFraction = fraction;
  });
  if (previousFraction !== 0) steps.push({ interval: previousInterval + 1, change: -previousFraction });
  return steps;
}

function addGroupFlow(
  context: ModelContext,
  group: number,
  label: string,
  stepTerms: Map<number, LinearTerm[]>,
): OnDuty[] {
  const { builder, prepared } = context;
  const onDuty: OnDuty[] = [];
  let previous = -1;
  for (let interval = 0; interval < prepared.intervalCount; interval += 1) {
    const changes = stepTerms.get(interval) ?? [];
    if (previous < 0 && changes.length === 0) continue;
    const instant = nameInstant(intervalStartMs(context, interval));
    const variable = builder.addVariable({
      name: `on_duty(skills=${label},t=${instant})`,
      lower: 0,
      upper: Infinity,
      isInteger: false,
      cost: 0,
    });
    const terms = [
      { variable, coefficient: 1 },
      ...(previous >= 0 ? [{ variable: previous, coefficient: -1 }] : []),
      ...changes,
    ];
    builder.addRow("skills", `on_duty_flow(skills=${label},t=${instant})`, terms, 0, 0);
    onDuty.push({ variable, group, interval });
    previous = variable;
  }
  return onDuty;
}

function addSplit(
  context: ModelContext,
  group: SkillGroup,
  groupIndex: number,
  entry: OnDuty,
  attributions: Attribution[],
): void {
  const { builder, prepared } = context;
  const intervalCount = prepared.intervalCount;
  if (group.queueIndices.length === 1) {
    pushTerm(context.coverTerms, group.queueIndices[0] * intervalCount + entry.interval, {
      variable: entry.variable,
      coefficient: 1,
    });
    return;
  }
  const instant = nameInstant(intervalStartMs(context, entry.interval));
  const splitTerms = group.queueIndices.map((queue) => {
    const name = `assign(skills=${group.key},queue=${prepared.queueIds[queue]},t=${instant})`;
    const variable = builder.addVariable({ name, lower: 0, upper: Infinity, isInteger: false, cost: 0 });
    attributions.push({ variable, group: groupIndex, queue, interval: entry.interval });
    pushTerm(context.coverTerms, queue * intervalCount + entry.interval, { variable, coefficient: 1 });
    return { variable, coefficient: -1 };
  });
  builder.addRow(
    "skills",
    `attribute(skills=${group.key},t=${instant})`,
    [{ variable: entry.variable, coefficient: 1 }, ...splitTerms],
    0,
    0,
  );
}

export function addSkillAttribution(context: ModelContext): { attributions: Attribution[]; onDuty: OnDuty[] } {
  const { groups, groupOfAgent } = skillGroupsOf(
    context.prepared.queueIds,
    context.prepared.source.agents.map((agent) => agent.skills),
  );
  const stepsByGroup = groups.map(() => new Map<number, LinearTerm[]>());
  context.candidates.forEach((shift, variable) => {
    for (const step of coverageSteps(shift))
      pushTerm(stepsByGroup[groupOfAgent[shift.agentIndex]], step.interval, { variable, coefficient: -step.change });
  });
  const attributions: Attribution[] = [];
  const onDuty: OnDuty[] = [];
  groups.forEach((group, groupIndex) => {
    if (group.queueIndices.length === 0) return;
    for (const entry of addGroupFlow(context, groupIndex, group.key, stepsByGroup[groupIndex])) {
      onDuty.push(entry);
      addSplit(context, group, groupIndex, entry, attributions);
    }
  });
  return { attributions, onDuty };
}
