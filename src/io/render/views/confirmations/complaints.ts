import type { ComplaintChange } from '../../../../core/complaints/change.js';
import type { ComplaintStory } from '../../../../core/complaints/ledger.js';
import type { Zone } from '../../../../core/time/zone.js';
import { complaintJson } from '../../complaints.js';
import { humanDuration } from '../../instant.js';
import { dayAndTime, type Confirmation } from './confirmation.js';

/** `Complaint #7 from +972541234567 (billing, high), received Tue 17 Nov 10:00`. */
export function complaintAdded(story: ComplaintStory, zone: Zone, now: number): Confirmation {
  const { complaint } = story;
  const recurring = story.previousId === null ? '' : `; it recurs after #${story.previousId}`;
  return {
    text: `Complaint #${complaint.id} from ${complaint.customer} (${story.categoryName}, ${complaint.severity}), received ${dayAndTime(complaint.receivedAt, zone, now)}${recurring}`,
    id: complaint.id,
    json: complaintJson(story, zone),
  };
}

/** `Complaint #7 acknowledged after 3 h 10 min`, `… resolved after 2 d 4 h`, `… assigned to dana`. */
export function complaintChanged(story: ComplaintStory, change: ComplaintChange, zone: Zone): Confirmation {
  const { complaint, state } = story;
  const after = (at: number | null) => (at === null ? '' : ` after ${humanDuration(at - complaint.receivedAt)}`);
  const what = {
    ack: `acknowledged${after(state.acknowledgedAt)}`,
    assign: change.kind === 'assign' ? `assigned to ${change.assignee}` : 'assigned',
    resolve: `resolved${after(state.resolvedAt)}`,
    reopen: 'reopened',
    close: 'closed',
    note: null,
  }[change.kind];
  return { text: what === null ? `Note added to complaint #${complaint.id}` : `Complaint #${complaint.id} ${what}`, id: null, json: complaintJson(story, zone) };
}
