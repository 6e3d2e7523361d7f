import type { ComplaintStory } from '../../../core/complaints/ledger.js';
import type { Surge } from '../../../core/complaints/surge.js';
import type { Zone } from '../../../core/time/zone.js';
import { complaintJson, complaintRows } from '../complaints.js';
import type { Document } from '../document/model.js';
import { tableFromTabular } from '../document/from-tabular.js';
import type { Format } from '../index.js';
import { surgeRows } from '../surges.js';

/**
 * `svc complaint recurring`: the recurring complaints, then the surging categories. CSV carries
 * the complaints alone, one per row (a spreadsheet reads one table); JSON both, as it always has.
 */
export function recurringComplaintsView(recurring: readonly ComplaintStory[], surges: readonly Surge[], days: number, zone: Zone, format: Format): Document {
  return {
    title: 'Recurring complaints',
    blocks: [
      { kind: 'heading', level: 2, text: `Recurring complaints (same customer, same category within ${days} days)` },
      tableFromTabular({ ...complaintRows(recurring, zone, format), empty: 'None.' }, 'complaints'),
      { kind: 'heading', level: 2, text: 'Surging categories (last 7 days; Poisson upper tail against up to 8 weeks before, P < 0.01)' },
      { ...tableFromTabular(surgeRows(surges, format), 'surging'), audience: 'people' },
    ],
    json: { recurring_days: days, complaints: recurring.map((story) => complaintJson(story, zone)), surging: surgeRows(surges, 'json').rows },
  };
}
