import type { HistoryIssue } from "./history-issue";

/**
 * The rows of one queue in a file that may hold several (a `queue` column): counts the others and
 * says, once the file is read, when no queue was chosen among several or the chosen one has no rows.
 */
export class QueueColumnFilter {
  private readonly seen = new Set<string>();
  otherQueueRowCount = 0;

  constructor(private readonly queue: string | undefined) {}

  /** Whether a row whose queue cell reads `cell` belongs to the chosen queue (every row does without a choice). */
  isOwn(cell: string): boolean {
    const queue = cell.trim();
    this.seen.add(queue);
    if (this.queue === undefined || queue === this.queue) return true;
    this.otherQueueRowCount += 1;
    return false;
  }

  /** File-level problems; `hasQueueColumn` says whether the header had a queue column at all. */
  issues(hasQueueColumn: boolean): HistoryIssue[] {
    const queues = [...this.seen];
    if (this.queue === undefined && queues.length > 1) {
      return [
        {
          rowNumber: null,
          column: "queue",
          reason: `the file holds ${queues.length} queues (${queues.slice(0, 10).join(", ")}); choose one with --queue`,
        },
      ];
    }
    if (this.queue !== undefined && hasQueueColumn && !this.seen.has(this.queue)) {
      return [
        {
          rowNumber: null,
          column: "queue",
          reason: `no rows for queue ${JSON.stringify(this.queue)}; the file has ${queues.slice(0, 10).join(", ")}`,
        },
      ];
    }
    return [];
  }
}
