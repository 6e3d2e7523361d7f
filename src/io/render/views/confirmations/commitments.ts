import type { CommitmentStory } from '../../../../core/commitments/ledger.js';
import type { Zone } from '../../../../core/time/zone.js';
import { commitmentJson } from '../../commitments.js';
import { humanDuration } from '../../instant.js';
import { dayAndTime, type Confirmation } from './confirmation.js';

/** `Commitment #12 to +972541234567, due Tue 17 Nov 23:59`. */
export function commitmentAdded(story: CommitmentStory, zone: Zone, now: number): Confirmation {
  const { commitment } = story;
  const to = commitment.customer === null ? '' : ` to ${commitment.customer}`;
  return { text: `Commitment #${commitment.id}${to}, due ${dayAndTime(commitment.dueAt, zone, now)}`, id: commitment.id, json: commitmentJson(story, zone) };
}

/** `Commitment #12 kept on time`, `… kept 2 d 12 h late`, `… extended to Sat 21 Nov 12:00 (originally due Thu 19 Nov 23:59)`. */
export function commitmentChanged(story: CommitmentStory, zone: Zone, now: number): Confirmation {
  const { commitment, state } = story;
  const last = story.events.at(-1)!;
  const what = (() => {
    switch (last.kind) {
      case 'keep':
        return state.lateByS === null ? 'kept on time' : `kept ${humanDuration(state.lateByS)} late`;
      case 'break':
        return 'broken';
      case 'cancel':
        return 'cancelled';
      case 'extend':
        return `extended to ${dayAndTime(last.dueAt!, zone, now)} (originally due ${dayAndTime(commitment.dueAt, zone, now)})`;
      case 'note':
        return null;
    }
  })();
  return { text: what === null ? `Note added to commitment #${commitment.id}` : `Commitment #${commitment.id} ${what}`, id: null, json: commitmentJson(story, zone) };
}
