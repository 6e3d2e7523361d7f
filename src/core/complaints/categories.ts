import type { ComplaintStory } from './ledger.js';

export interface CategoryCount {
  category: string;
  complaints: number;
  open: number;
  lastReceivedAt: number;
}

/** Categories matched case- and space-insensitively, named as first written, most complaints first. */
export function complaintCategories(stories: readonly ComplaintStory[]): CategoryCount[] {
  const byKey = new Map<string, CategoryCount>();
  for (const { complaint, state, categoryName } of stories) {
    const entry = byKey.get(complaint.categoryKey) ?? { category: categoryName, complaints: 0, open: 0, lastReceivedAt: 0 };
    entry.complaints++;
    if (state.open) entry.open++;
    entry.lastReceivedAt = Math.max(entry.lastReceivedAt, complaint.receivedAt);
    byKey.set(complaint.categoryKey, entry);
  }
  return [...byKey.values()].sort((a, b) => b.complaints - a.complaints || a.category.localeCompare(b.category));
}
