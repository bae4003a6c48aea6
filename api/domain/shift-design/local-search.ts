import { enumerateCandidateShifts } from "./candidate-shifts";
import { DesignState } from "./design-state";
import { bestMove, type Move } from "./local-moves";
import { DAYS_PER_WEEK, type CandidateShift, type DesignedShift, type ShiftDesignProblem } from "./problem";
import { mulberry32 } from "../random/seeded-random";

export interface LocalSearchOptions {
  /** Seed of the perturbations: the same seed and budget give the same design. */
  seed: number;
  /** Perturb-and-climb rounds after the first climb; the work budget, so no clock is needed. */
  rounds: number;
  /** Design to start from (e.g. a solver's incumbent); empty when omitted. */
  start?: DesignedShift[];
  /** Candidate shifts to design from; every allowed shift when omitted. */
  candidates?: CandidateShift[];
}

/**
 * Iterated local search for the minimum shift design (after Musliu, Schaerf & Slany 2004, whose
 * moves change workers, retime or lengthen a shift, or merge two shifts): climb by best
 * improvement (local-moves.ts), then repeatedly kick one shift (drop it, retime it a few slots, or
 * take one of its workers away), climb again and keep the result when it is no worse. Greedy
 * construction is the first climb from the empty design, where only "add a worker" pays.
 */
export function improveDesignLocally(problem: ShiftDesignProblem, options: LocalSearchOptions): DesignedShift[] {
  const candidates = options.candidates ?? enumerateCandidateShifts(problem);
  const state = new DesignState(problem, candidates);
  seedState(state, options.start ?? []);
  const neighbours = nearbyCandidates(candidates, 1);
  const kickTargets = nearbyCandidates(candidates, 3);
  const random = mulberry32(options.seed);
  climb(state, neighbours);
  let current = state.snapshot();
  let currentTotal = state.total;
  for (let round = 0; round < options.rounds; round += 1) {
    kick(state, kickTargets, random);
    climb(state, neighbours);
    if (state.total <= currentTotal) {
      current = state.snapshot();
      currentTotal = state.total;
    } else {
      state.restore(current);
    }
  }
  return state.toShifts();
}

function climb(state: DesignState, neighbours: number[][]): void {
  for (let move: Move | null = bestMove(state, neighbours); move !== null; move = bestMove(state, neighbours))
    move.apply();
}

function seedState(state: DesignState, start: DesignedShift[]): void {
  const indexByKey = new Map(
    state.candidates.map((shift, index) => [`${shift.startSlot}/${shift.lengthSlots}`, index]),
  );
  for (const shift of start) {
    const index = indexByKey.get(`${shift.startSlot}/${shift.lengthSlots}`);
    if (index === undefined) continue;
    shift.workersPerDay.forEach((workers, day) => {
      if (workers > 0) state.addWorkers(index, day, workers);
    });
  }
}

/** Changes one used shift at random so that the next climb can leave the local optimum. */
function kick(state: DesignState, targets: number[][], random: () => number): void {
  const used = state.usedCandidates();
  if (used.length === 0) return;
  const index = used[Math.floor(random() * used.length)] as number;
  const days = Array.from({ length: DAYS_PER_WEEK }, (_, day) => day).filter(
    (day) => (state.workers[index * DAYS_PER_WEEK + day] as number) > 0,
  );
  const kind = random();
  if (kind < 0.4) {
    for (const day of days) state.addWorkers(index, day, -(state.workers[index * DAYS_PER_WEEK + day] as number));
  } else if (kind < 0.8) {
    const options = targets[index] ?? [];
    const target = options[Math.floor(random() * options.length)];
    if (target === undefined) return;
    for (const day of days) {
      const workers = state.workers[index * DAYS_PER_WEEK + day] as number;
      state.addWorkers(index, day, -workers);
      state.addWorkers(target, day, workers);
    }
  } else {
    state.addWorkers(index, days[Math.floor(random() * days.length)] as number, -1);
  }
}

/** For each candidate, the others whose start and end are each within `slots` of its own. */
export function nearbyCandidates(candidates: CandidateShift[], slots: number): number[][] {
  return candidates.map((shift, index) =>
    candidates.flatMap((other, otherIndex) => {
      const isNear =
        otherIndex !== index &&
        Math.abs(other.startSlot - shift.startSlot) <= slots &&
        Math.abs(other.startSlot + other.lengthSlots - shift.startSlot - shift.lengthSlots) <= slots;
      return isNear ? [otherIndex] : [];
    }),
  );
}
