import type { ComplaintStory } from '../../../core/complaints/ledger.js';
import type { Zone } from '../../../core/time/zone.js';
import { backDatedNote } from '../commitments.js';
import { complaintEventText, complaintJson } from '../complaints.js';
import type { Document } from '../document/model.js';
import { localTime } from '../instant.js';
import { storyDocument } from './story.js';

/** `svc complaint show`: what the customer said, how it is classed, and everything done about it since. */
export function complaintStoryView(story: ComplaintStory, zone: Zone): Document {
  const { complaint, state, events, previousId } = story;
  const at = (seconds: number) => localTime(seconds, zone);
  const how = [complaint.channel, complaint.callId && `call ${complaint.callId}`].filter(Boolean).join(', ');
  const optional = (label: string, value: string | null): [string, string][] => (value ? [[label, value]] : []);
  const fields: [string, string][] = [
    ['Category', `${story.categoryName} (${complaint.severity}${story.categoryName === complaint.category ? '' : `; written "${complaint.category}"`})`],
    ['Complaint', complaint.description],
    ...optional('Asks for', complaint.remedy),
    ['Received', `${at(complaint.receivedAt)}${how ? ` (${how})` : ''}, recorded by ${complaint.recordedBy}${backDatedNote(complaint.receivedAt, complaint.recordedAt, zone, ', ')}`],
    ...optional('Owner', state.assignee),
    ...optional('Resolution', state.resolution),
    ...optional('Root cause', state.rootCause),
    ...optional('External', complaint.externalId),
  ];
  const history = [
    { when: at(complaint.receivedAt), by: complaint.recordedBy, what: `received${backDatedNote(complaint.receivedAt, complaint.recordedAt, zone)}` },
    ...events.map((event) => ({ when: at(event.at), by: event.by, what: `${complaintEventText(event)}${backDatedNote(event.at, event.recordedAt, zone)}` })),
  ];
  const title = `Complaint #${complaint.id} from customer ${complaint.customer}: ${state.status}${previousId === null ? '' : `, recurring (after #${previousId})`}`;
  return storyDocument(title, fields, history, complaintJson(story, zone));
}
