import type { CommitmentStory } from '../../../core/commitments/ledger.js';
import type { Zone } from '../../../core/time/zone.js';
import { backDatedNote, commitmentEventText, commitmentJson, commitmentStatusText } from '../commitments.js';
import type { Document } from '../document/model.js';
import { localTime } from '../instant.js';
import { storyDocument } from './story.js';

/** `svc commit show`: what was promised, to whom, by when, and everything that happened since. */
export function commitmentStoryView(story: CommitmentStory, zone: Zone): Document {
  const { commitment, state, events } = story;
  const at = (seconds: number) => localTime(seconds, zone);
  const extended = state.currentDueAt !== commitment.dueAt ? ` (originally ${at(commitment.dueAt)})` : '';
  const how = [commitment.channel, commitment.callId && `call ${commitment.callId}`].filter(Boolean).join(', ');
  const fields: [string, string][] = [
    ['Promised', commitment.promise],
    ['Made', `${at(commitment.madeAt)} by ${commitment.madeBy}${how ? ` (${how})` : ''}${backDatedNote(commitment.madeAt, commitment.recordedAt, zone, ', ')}`],
    ['Due', `${at(state.currentDueAt)}${extended}`],
    ...(commitment.owner ? [['Owner', commitment.owner] as [string, string]] : []),
    ...(commitment.externalId ? [['External', commitment.externalId] as [string, string]] : []),
  ];
  const history = [
    { when: at(commitment.madeAt), by: commitment.madeBy, what: `promised, due ${at(commitment.dueAt)}${backDatedNote(commitment.madeAt, commitment.recordedAt, zone)}` },
    ...events.map((event) => ({ when: at(event.at), by: event.by, what: `${commitmentEventText(event, commitment.dueAt, zone)}${backDatedNote(event.at, event.recordedAt, zone)}` })),
  ];
  const title = `Commitment #${commitment.id}${commitment.customer ? ` to customer ${commitment.customer}` : ''}: ${commitmentStatusText(story)}`;
  return storyDocument(title, fields, history, commitmentJson(story, zone));
}
