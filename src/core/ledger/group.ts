/**
 * Splits items by a key, groups in key order; items without a key form one group keyed null
 * (unknown), last: `null` in JSON, `(unknown)` for people, as in `svc report --by`.
 */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string | null, T[]> {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const name = key(item);
    const list = groups.get(name) ?? [];
    list.push(item);
    groups.set(name, list);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b))));
}

/** How people read an unknown group's name in a table or Markdown. */
export const UNKNOWN_GROUP = '(unknown)';

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
