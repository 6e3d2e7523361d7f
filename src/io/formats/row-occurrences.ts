const DAY_S = 86_400;
/** Keys remembered before the oldest arrivals are forgotten. */
const REMEMBERED = 200_000;

/**
 * Keys for rows that have no call id: identical rows are separate calls (three anonymous callers
 * who hung up in the same minute of a minute-resolution export), so the second is `KEY#2`, the
 * third `KEY#3`. Counted within one file, so importing it again, or a later export holding the
 * same rows, gives the same keys and adds nothing. Identical rows share their arrival, so the
 * counts are kept per arrival and those a day behind the latest are let go: memory stays flat
 * in a file in time order.
 */
export class RowOccurrences {
  private readonly byArrival = new Map<number, Map<string, number>>();
  private remembered = 0;
  private latest = -Infinity;
  private pruneAt = REMEMBERED;

  key(rowKey: string, arrivalAt: number): string {
    let counts = this.byArrival.get(arrivalAt);
    if (!counts) this.byArrival.set(arrivalAt, (counts = new Map()));
    const seen = (counts.get(rowKey) ?? 0) + 1;
    counts.set(rowKey, seen);
    if (seen === 1) this.remembered++;
    this.latest = Math.max(this.latest, arrivalAt);
    if (this.remembered > this.pruneAt) this.forgetBefore(this.latest - DAY_S);
    return seen === 1 ? rowKey : `${rowKey}#${seen}`;
  }

  private forgetBefore(arrivalAt: number): void {
    for (const [arrival, counts] of this.byArrival) {
      if (arrival >= arrivalAt) continue;
      this.remembered -= counts.size;
      this.byArrival.delete(arrival);
    }
    // Pruning again only once as many keys are added again keeps the work per row constant.
    this.pruneAt = Math.max(REMEMBERED, this.remembered * 2);
  }
}
