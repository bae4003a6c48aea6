import type { RosterModel } from "./build-model";

/**
 * The full variable vector for a choice of shifts (count per candidate): every other variable is
 * set to the cheapest value the rows allow given those shifts, except the split of blended agents
 * among queues, which is greedy (each group's on-phone time goes first to its queue with the
 * largest priority-weighted shortfall). The result is feasible whenever the shifts obey the hard
 * rules, so it serves as a solver start and as a quick evaluation of a roster.
 */
export function completeValues(rosterModel: RosterModel, shiftCounts: ArrayLike<number>): number[] {
  const { prepared } = rosterModel;
  const values = new Array<number>(rosterModel.model.variables.length).fill(0);
  for (let index = 0; index < rosterModel.candidates.length; index += 1) values[index] = shiftCounts[index];
  const onAmount = rosterModel.skillGroups.map(() => new Float64Array(prepared.intervalCount + 1));
  rosterModel.candidates.forEach((shift, variable) => {
    if (values[variable] === 0) return;
    const amounts = onAmount[rosterModel.groupOfAgent[shift.agentIndex]];
    shift.coverIntervals.forEach(
      (interval, position) => (amounts[interval] += values[variable] * shift.coverFractions[position]),
    );
  });
  const scheduled = new Map<number, number>();
  const add = (queue: number, interval: number, amount: number) => {
    const key = queue * prepared.intervalCount + interval;
    scheduled.set(key, (scheduled.get(key) ?? 0) + amount);
  };
  const blended = rosterModel.onDuty.filter((entry) => {
    values[entry.variable] = onAmount[entry.group][entry.interval];
    const queues = rosterModel.skillGroups[entry.group].queueIndices;
    if (queues.length === 1) add(queues[0], entry.interval, values[entry.variable]);
    return queues.length > 1;
  });
  splitBlendedTime(rosterModel, values, blended, scheduled, add);
  for (const entry of rosterModel.coverage) {
    const onPhone = scheduled.get(entry.queue * prepared.intervalCount + entry.interval) ?? 0;
    if (entry.short >= 0) values[entry.short] = Math.max(0, entry.required - onPhone);
    if (entry.over >= 0) values[entry.over] = Math.max(0, onPhone - entry.required);
  }
  completeAuxiliaries(rosterModel, values);
  return values;
}

function splitBlendedTime(
  rosterModel: RosterModel,
  values: number[],
  blended: RosterModel["onDuty"],
  scheduled: Map<number, number>,
  add: (queue: number, interval: number, amount: number) => void,
): void {
  const { prepared } = rosterModel;
  const splits = new Map<string, RosterModel["attributions"]>();
  for (const entry of rosterModel.attributions) {
    const key = `${entry.group}/${entry.interval}`;
    const list = splits.get(key);
    if (list) list.push(entry);
    else splits.set(key, [entry]);
  }
  const weightedNeed = (queue: number, interval: number) =>
    prepared.source.queues[queue].priorityWeight *
    (prepared.requiredAgents[queue][interval] - (scheduled.get(queue * prepared.intervalCount + interval) ?? 0));
  for (const entry of blended) {
    let remaining = values[entry.variable];
    const ordered = [...(splits.get(`${entry.group}/${entry.interval}`) ?? [])].sort(
      (a, b) => weightedNeed(b.queue, b.interval) - weightedNeed(a.queue, a.interval),
    );
    ordered.forEach((split, position) => {
      const need =
        prepared.requiredAgents[split.queue][split.interval] -
        (scheduled.get(split.queue * prepared.intervalCount + split.interval) ?? 0);
      const amount = position === ordered.length - 1 ? remaining : Math.min(remaining, Math.max(0, need));
      values[split.variable] = amount;
      remaining -= amount;
      add(split.queue, split.interval, amount);
    });
  }
}

function sumTerms(values: number[], terms: { variable: number; coefficient: number }[], skipLast: boolean): number {
  let sum = 0;
  const count = skipLast ? terms.length - 1 : terms.length;
  for (let position = 0; position < count; position += 1)
    sum += values[terms[position].variable] * terms[position].coefficient;
  return sum;
}

/** Below-contract minutes, weekly rest windows and fairness extremes, from the rows that define them. */
function completeAuxiliaries(rosterModel: RosterModel, values: number[]): void {
  const spreads = new Map<number, number[]>();
  rosterModel.model.rows.forEach((row, index) => {
    if (rosterModel.rowFamilies[index] === "rest" && row.name.startsWith("one_shift_per_day")) {
      values[row.terms[row.terms.length - 1].variable] = sumTerms(values, row.terms, true);
    }
  });
  rosterModel.model.rows.forEach((row, index) => {
    const family = rosterModel.rowFamilies[index];
    const last = row.terms[row.terms.length - 1];
    if (family === "contract_hours" && row.name.startsWith("min_minutes")) {
      values[last.variable] = Math.max(0, row.lower - sumTerms(values, row.terms, true));
    } else if (family === "weekly_rest" && row.name.startsWith("weekly_rest_clear")) {
      values[last.variable] = sumTerms(values, row.terms, true) === 0 ? 1 : 0;
    } else if (family === "fairness") {
      spreads.set(last.variable, [...(spreads.get(last.variable) ?? []), sumTerms(values, row.terms, true)]);
    }
  });
  for (const [variable, counts] of spreads) {
    const isMost = rosterModel.model.variables[variable].name.startsWith("most_");
    values[variable] = isMost ? Math.max(...counts) : Math.min(...counts);
  }
}

/** The objective of a full variable vector, offset included. */
export function objectiveOf(rosterModel: RosterModel, values: number[]): number {
  let total = rosterModel.model.objectiveOffset;
  rosterModel.model.variables.forEach((variable, index) => (total += variable.cost * values[index]));
  return total;
}
