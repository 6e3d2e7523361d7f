/** Rows watched for repeated call ids: enough to see the pattern, few enough to keep memory flat. */
const WATCHED_ROWS = 10_000;
/** One row in ten sharing an earlier row's call id is no accident of the export. */
const LEG_SHARE = 0.1;

/**
 * Watches a generic file for rows that share a call id with an earlier row: a CDR export with
 * one row per leg, read as generic, keeps only each call's first leg (the rest are duplicates).
 */
export class CallIdRepeats {
  private readonly seen = new Set<string>();
  private rows = 0;
  private repeats = 0;

  add(callId: string): void {
    if (callId === '' || this.rows >= WATCHED_ROWS) return;
    this.rows++;
    if (this.seen.has(callId)) this.repeats++;
    else this.seen.add(callId);
  }

  /** The warning to give, if the file looks like one row per leg. */
  warning(label: string, suggestion: string): string | undefined {
    if (this.repeats < 2 || this.repeats < this.rows * LEG_SHARE) return undefined;
    return `${label}: ${this.repeats.toLocaleString('en-US')} of ${this.rows.toLocaleString('en-US')} rows share a call id with an earlier row, as in an export with one row per leg of a call; only the first row of each call is imported (the others count as duplicates). ${suggestion}`;
  }
}
