import type { CommitmentStory } from '../../../../core/commitments/ledger.js';
import type { Zone } from '../../../../core/time/zone.js';
import type { Messages } from '../../../../i18n/messages.js';
import { commitmentJson } from '../../commitments.js';
import { dayAndTime, lengthOfTime, type Confirmation } from './confirmation.js';

/** `Commitment #12 to +972541234567, due Tue 17 Nov 23:59`. */
export function commitmentAdded(story: CommitmentStory, zone: Zone, now: number, words: Messages): Confirmation {
  const { commitment } = story;
  const due = dayAndTime(commitment.dueAt, zone, now, words);
  const text =
    commitment.customer === null
      ? words.t('confirm.commitment.addedInternal', { id: commitment.id, due })
      : words.t('confirm.commitment.added', { id: commitment.id, customer: commitment.customer, due });
  return { text, id: commitment.id, json: commitmentJson(story, zone) };
}

/** `Commitment #12 kept on time`, `… kept 2 d 12 h late`, `… extended to Sat 21 Nov 12:00 (originally due Thu 19 Nov 23:59)`. */
export function commitmentChanged(story: CommitmentStory, zone: Zone, now: number, words: Messages): Confirmation {
  const { commitment, state } = story;
  const last = story.events.at(-1)!;
  const id = commitment.id;
  const text = (() => {
    switch (last.kind) {
      case 'keep':
        return state.lateByS === null ? words.t('confirm.commitment.keep', { id }) : words.t('confirm.commitment.keepLate', { id, late: lengthOfTime(state.lateByS, words) });
      case 'break':
      case 'cancel':
      case 'note':
        return words.t(`confirm.commitment.${last.kind}`, { id });
      case 'extend':
        return words.t('confirm.commitment.extend', { id, due: dayAndTime(last.dueAt!, zone, now, words), was: dayAndTime(commitment.dueAt, zone, now, words) });
    }
  })();
  return { text, id: null, json: commitmentJson(story, zone) };
}
