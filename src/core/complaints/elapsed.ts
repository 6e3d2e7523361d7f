import type { ComplaintStory } from './ledger.js';

/** Hours from receipt to the first acknowledgement, or so far when there is none yet. */
export function hoursToAcknowledge(story: ComplaintStory, now: number): number {
  return ((story.state.acknowledgedAt ?? now) - story.complaint.receivedAt) / 3600;
}

/** Hours from receipt to the resolution that stands, or so far while the complaint is open. */
export function hoursToResolve(story: ComplaintStory, now: number): number {
  return ((story.state.open ? now : (story.state.resolvedAt ?? now)) - story.complaint.receivedAt) / 3600;
}

export function isRecurring(story: ComplaintStory): boolean {
  return story.previousId !== null;
}
