/** A tenant: one support organisation. Its weeks and business days are read in `timeZone`. */
export interface Organisation {
  id: string;
  name: string;
  timeZone: string;
  /** Fair-workweek notice: a change to a shift that starts within this many days owes a premium (default 14). */
  noticeWindowDays: number;
  /** The predictability pay per change inside the notice window, in minutes of pay (default 60). */
  predictabilityPremiumMinutes: number;
}
