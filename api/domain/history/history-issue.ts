/**
 * What an import reports. Row numbers count lines as a spreadsheet shows them: the header is row 1,
 * the first data row is row 2. A file-level problem (a missing column) has rowNumber null.
 */
export interface HistoryIssue {
  rowNumber: number | null;
  column: string | null;
  reason: string;
}

/** At most this many errors and warnings are listed; the totals are always exact. */
export const MAX_LISTED_ISSUES = 50;

/** Appends an issue while fewer than MAX_LISTED_ISSUES are listed; callers keep the exact count. */
export function listIssue(list: HistoryIssue[], issue: HistoryIssue): void {
  if (list.length < MAX_LISTED_ISSUES) list.push(issue);
}

export function formatIssue(issue: HistoryIssue): string {
  const where = [
    issue.rowNumber === null ? null : `row ${issue.rowNumber}`,
    issue.column === null ? null : `column ${issue.column}`,
  ]
    .filter(Boolean)
    .join(", ");
  return where ? `${where}: ${issue.reason}` : issue.reason;
}
