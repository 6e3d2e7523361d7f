import { isRecurring } from './elapsed.js';
import type { ComplaintStory } from './ledger.js';

/** Recurring complaints still open, or received within the last `days` days; newest first. */
export function recurringComplaints(stories: readonly ComplaintStory[], now: number, days: number): ComplaintStory[] {
  return stories
    .filter(isRecurring)
    .filter((story) => story.state.open || story.complaint.receivedAt >= now - days * 86400)
    .sort((a, b) => b.complaint.receivedAt - a.complaint.receivedAt || b.complaint.id - a.complaint.id);
}
