/**
 * The relative gap a solve stops at when the caller names none, for every entry point: the CLI's
 * `roster` and `shift-design`, POST /api/solve-jobs, POST /api/schedules/solve and the Roster page.
 * A roster within 1 % of its proven bound is as good as a planner can tell apart on a real week
 * (the README's 50-agent evidence: most of a few percent is whole agents against the LP's
 * fractions), and stopping there leaves the rest of the time limit unspent.
 */
export const DEFAULT_RELATIVE_GAP = 0.01;
