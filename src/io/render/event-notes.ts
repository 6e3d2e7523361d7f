import type { ReportEvent } from '../../core/report/call-report.js';
import type { Zone } from '../../core/time/zone.js';
import { localTime } from './instant.js';

/** Control characters a description may carry are shown as ?, so a stored text cannot move the cursor or recolour the screen. */
const plain = (text: string) => text.replace(/\p{Cc}/gu, '?');

/** One line per event a report's period touches, for a person reading the table. */
export function eventNotes(events: readonly ReportEvent[], zone: Zone): string {
  return events
    .map((event) => {
      const [from, to] = [event.from, event.to].map((at) => localTime(Date.parse(at) / 1000, zone));
      const rate = event.during.abandon_rate === null ? '' : ` (${(event.during.abandon_rate * 100).toFixed(1)}%)`;
      const complaints = `${event.during.complaints} complaint${event.during.complaints === 1 ? '' : 's'}`;
      return `Event ${event.id} (${event.kind}) ${from} to ${to}: ${plain(event.what)} — ${event.during.offered} calls offered, ${event.during.abandoned} abandoned${rate}, ${complaints}\n`;
    })
    .join('');
}
