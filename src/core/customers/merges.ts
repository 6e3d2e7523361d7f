import type { MergeRow } from '../../db/customer-ledger.js';

/**
 * Which id each merged id now stands under: merges and unmerges in the order they were
 * recorded, followed through chains (A ← B, B ← C makes C read as A).
 */
export function mergedInto(merges: readonly MergeRow[]): Map<string, string> {
  const into = new Map<string, string>();
  for (const merge of merges) {
    if (merge.action === 'merge') into.set(merge.other, merge.customer);
    else if (into.get(merge.other) === merge.customer) into.delete(merge.other);
  }
  const resolved = new Map<string, string>();
  for (const other of into.keys()) {
    let target = into.get(other)!;
    const seen = new Set([other]);
    while (into.has(target) && !seen.has(target)) {
      seen.add(target);
      target = into.get(target)!;
    }
    resolved.set(other, target);
  }
  return resolved;
}
