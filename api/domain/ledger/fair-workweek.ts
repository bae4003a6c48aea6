import { MS_PER_DAY } from "../time/durations";

/** One shift change as the fair-workweek report weighs it. */
export interface NoticeEntry {
  agentId: string;
  /** When the change set was recorded. */
  changedAtUtc: string;
  /** The earlier start of the shift's two sides (startOfChange). */
  shiftStartUtc: string;
  /** The schedule's first publish posts it: that is notice given, not a change. */
  isPosting: boolean;
}

export interface FairWorkweekSettings {
  noticeWindowDays: number;
  predictabilityPremiumMinutes: number;
}

export interface FairWorkweekRow {
  agentId: string;
  payPeriodStartUtc: string;
  payPeriodEndUtc: string;
  changesInsideWindow: number;
  changesOutsideWindow: number;
  /** Predictability pay owed, in minutes of the agent's pay: one premium per change inside the window. */
  premiumMinutes: number;
}

/** Whether a change came less than `noticeWindowDays` before the shift starts (or after it started). */
export const isInsideNoticeWindow = (
  entry: Pick<NoticeEntry, "changedAtUtc" | "shiftStartUtc">,
  noticeWindowDays: number,
): boolean => Date.parse(entry.shiftStartUtc) - Date.parse(entry.changedAtUtc) < noticeWindowDays * MS_PER_DAY;

/**
 * Per agent and pay period (consecutive `payPeriodDays`-day spans from `periodStartUtc`, the pay period
 * of a change being the one its shift starts in), the changes inside and outside the notice window and
 * the premium owed. Laws in the style of New York City's Fair Workweek (Admin. Code § 20-1222: 14 days'
 * notice, a premium per change after it) are the model; the rate and window are the organisation's.
 * Postings and shifts outside [periodStartUtc, periodEndUtc) are left out. Throws RangeError for
 * payPeriodDays < 1. Rows are sorted by pay period, then agent.
 */
export function fairWorkweekReport(
  entries: NoticeEntry[],
  settings: FairWorkweekSettings,
  period: { periodStartUtc: string; periodEndUtc: string; payPeriodDays: number },
): FairWorkweekRow[] {
  if (period.payPeriodDays < 1) throw new RangeError("payPeriodDays must be at least 1");
  const startMs = Date.parse(period.periodStartUtc);
  const endMs = Date.parse(period.periodEndUtc);
  const payPeriodMs = period.payPeriodDays * MS_PER_DAY;
  const rows = new Map<string, FairWorkweekRow>();
  for (const entry of entries) {
    const shiftStartMs = Date.parse(entry.shiftStartUtc);
    if (entry.isPosting || shiftStartMs < startMs || shiftStartMs >= endMs) continue;
    const payPeriodStartMs = startMs + Math.floor((shiftStartMs - startMs) / payPeriodMs) * payPeriodMs;
    const key = `${payPeriodStartMs}|${entry.agentId}`;
    const row = rows.get(key) ?? {
      agentId: entry.agentId,
      payPeriodStartUtc: new Date(payPeriodStartMs).toISOString(),
      payPeriodEndUtc: new Date(Math.min(payPeriodStartMs + payPeriodMs, endMs)).toISOString(),
      changesInsideWindow: 0,
      changesOutsideWindow: 0,
      premiumMinutes: 0,
    };
    if (isInsideNoticeWindow(entry, settings.noticeWindowDays)) {
      row.changesInsideWindow += 1;
      row.premiumMinutes += settings.predictabilityPremiumMinutes;
    } else row.changesOutsideWindow += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) => a.payPeriodStartUtc.localeCompare(b.payPeriodStartUtc) || a.agentId.localeCompare(b.agentId),
  );
}
