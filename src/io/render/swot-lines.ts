import type { SwotPeriod } from '../../core/swot/default-period.js';
import { QUADRANT_LETTER, QUADRANTS, type Quadrant } from '../../core/swot/swot.js';
import { isoFromDay } from '../../core/time/calendar.js';
import type { Messages } from '../../i18n/messages.js';

/** Why a review without --from/--to covers the period it does, in one line. */
export function swotPeriodNote(chosen: SwotPeriod, words: Messages): string {
  const [from, to] = [isoFromDay(chosen.period.fromDay), isoFromDay(chosen.period.toDay)];
  if (chosen.basis === 'no-data') return words.t('swot.period.noData');
  return words.t(chosen.basis === 'last-month' ? 'swot.period.lastMonth' : 'swot.period.span', { from, to });
}

/** The line that closes a saved session: what it kept, and how to see it. */
export function swotSavedLine(saved: { id: number; items: readonly { quadrant: Quadrant }[]; strategies: number; commitments: readonly number[] }, words: Messages): string {
  const counts = QUADRANTS.map((quadrant) => `${saved.items.filter((item) => item.quadrant === quadrant).length} ${QUADRANT_LETTER[quadrant]}`).join(', ');
  const followed = saved.commitments.length === 0 ? '' : words.plural('swot.followed', saved.commitments.length, { ids: saved.commitments.join(', ') });
  return words.t('swot.saved', { id: saved.id, counts, strategies: words.plural('swot.savedStrategies', saved.strategies), followed, command: `svc swot show ${saved.id}` });
}
