/** The counts of the summary line `svc import` leaves last on stderr (`1,234 inserted, 0 duplicates, …`). */
export function importCounts(stderr: string): { inserted: number; duplicates: number; rejected: number; skipped: number } {
  const last = stderr.trimEnd().split('\n').at(-1) ?? '';
  const count = (what: string) => Number((new RegExp(`([\\d,]+) ${what}`).exec(last)?.[1] ?? '0').replaceAll(',', ''));
  return { inserted: count('inserted'), duplicates: count('duplicates?'), rejected: count('rejected'), skipped: count('skipped') };
}
