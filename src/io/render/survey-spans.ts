import { isoFromDay } from '../../core/time/calendar.js';
import type { Zone } from '../../core/time/zone.js';
import type { ResponseSpan } from '../../db/surveys.js';

/** For a report with nothing in its period: which answers the store does have, and the command that shows them. */
export function whereTheAnswersAre(spans: readonly ResponseSpan[], zone: Zone): string {
  if (spans.length === 0) return 'The store has no survey responses yet: svc survey run asks them, svc survey import reads them from a file.\n';
  return spans
    .map((span) => {
      const [from, to] = [span.firstAt, span.lastAt].map((at) => isoFromDay(zone.localDay(at)));
      return `The store has ${span.responses} response${span.responses === 1 ? '' : 's'} to ${span.instrument}, ${from === to ? `on ${from}` : `from ${from} to ${to}`}: svc survey report ${span.instrument} --from ${from} --to ${to}\n`;
    })
    .join('');
}
