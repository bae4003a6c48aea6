import type { ShiftSummary } from "./schedule";

type Work = Pick<ShiftSummary, "startUtc" | "endUtc"> & { agentId: string };

const overlapMs = (a: Work, b: Work) =>
  Math.max(
    0,
    Math.min(Date.parse(a.endUtc), Date.parse(b.endUtc)) - Math.max(Date.parse(a.startUtc), Date.parse(b.startUtc)),
  );

/**
 * Which earlier shift (by index into `previous`) each new shift continues, so a re-solved roster
 * keeps the iCal UID of a shift that only moved: the same agent's earlier shift with the same start,
 * else the one it overlaps most; each earlier shift is continued at most once. null = new work.
 */
export function matchShifts(previous: Work[], next: Work[]): (number | null)[] {
  const taken = new Set<number>();
  const pick = (shift: Work, score: (other: Work) => number) => {
    let best: number | null = null;
    let bestScore = 0;
    previous.forEach((other, index) => {
      if (taken.has(index) || other.agentId !== shift.agentId) return;
      const value = score(other);
      if (value > bestScore) [best, bestScore] = [index, value];
    });
    return best;
  };
  const matched: (number | null)[] = next.map(() => null);
  const passes: ((shift: Work) => (other: Work) => number)[] = [
    (shift) => (other) => (other.startUtc === shift.startUtc ? 1 : 0),
    (shift) => (other) => overlapMs(shift, other),
  ];
  for (const pass of passes) {
    next.forEach((shift, position) => {
      if (matched[position] !== null) return;
      const index = pick(shift, pass(shift));
      if (index === null) return;
      matched[position] = index;
      taken.add(index);
    });
  }
  return matched;
}
