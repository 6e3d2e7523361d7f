import type { Store } from '../../../db/open.js';
import { firstComplaintAt } from '../../../db/complaints.js';
import { readSettings } from '../../../db/settings.js';
import { complaintCategories } from '../../complaints/categories.js';
import { isRecurring } from '../../complaints/elapsed.js';
import { complaintStories } from '../../complaints/ledger.js';
import { surgingCategories } from '../../complaints/surge.js';
import { within } from '../../ledger/window.js';
import { keyPart, type Evidence, type EvidenceWindow } from './evidence.js';
import { plural } from './format.js';

/** How many of the most frequent categories are quoted. */
const TOP = 3;
/** A category this large a share of the period's complaints (and at least MIN_TOP of them) is a weakness. */
const TOP_SHARE = 0.25;
const MIN_TOP = 3;

/**
 * The period's complaints: the top categories, the rising ones (→ threats), complaints that came
 * back (→ a weakness: the most urgent signal) and categories surging now (→ threats).
 */
export function complaintEvidence(db: Store, window: EvidenceWindow): Evidence[] {
  const stories = complaintStories(db, window.now);
  const current = stories.filter((story) => within(story.complaint.receivedAt, window));
  const previous = stories.filter((story) => within(story.complaint.receivedAt, { from: window.previousFrom, to: window.previousTo }));
  const evidence: Evidence[] = [];
  const before = new Map(complaintCategories(previous, new Map()).map((category) => [category.category.toLowerCase(), category.complaints]));
  // A ledger that begins after the previous period's first day cannot say what that period held.
  const ledgerStart = firstComplaintAt(db);
  const comparable = ledgerStart !== null && ledgerStart < window.previousFrom + 86400;
  const partly = comparable ? '' : ', a period the ledger only partly covers: no trend drawn';
  const surges = surgingCategories(db, window.now);
  for (const [rank, category] of complaintCategories(current, new Map()).entries()) {
    const earlier = before.get(category.category.toLowerCase()) ?? 0;
    const rising = comparable && category.complaints >= earlier + 2 && category.complaints >= earlier * 1.5;
    if (rank >= TOP && !rising) continue;
    const item: Evidence = {
      key: `complaints-${keyPart(category.category)}`,
      source: 'complaints',
      finding: `${plural(category.complaints, 'complaint')} about ${category.category} (previous period: ${earlier}${partly})`,
    };
    if (rising && !surges.some((surge) => surge.category.toLowerCase() === category.category.toLowerCase())) {
      item.proposal = { quadrant: 'threat', text: `Complaints about ${category.category} are rising (${earlier} → ${category.complaints})`, importance: 4, likelihood: 4 };
    } else if (rank === 0 && category.complaints >= MIN_TOP && category.complaints >= TOP_SHARE * current.length) {
      item.proposal = { quadrant: 'weakness', text: `Most complaints are about ${category.category} (${category.complaints} of ${current.length})`, importance: 4, likelihood: null };
    }
    evidence.push(item);
  }
  const recurring = current.filter(isRecurring);
  if (recurring.length > 0) {
    const days = readSettings(db).complaint_recurring_days;
    evidence.push({
      key: 'complaints-recurring',
      source: 'complaints',
      finding: `${plural(recurring.length, 'complaint')} of ${current.length} came back: the same customer, the same category, within ${days} days`,
      proposal: { quadrant: 'weakness', text: `Complaints come back: ${plural(recurring.length, 'customer')} complained again about the same thing within ${days} days`, importance: 5, likelihood: null },
    });
  }
  for (const surge of surges) {
    evidence.push({
      key: `complaints-surge-${keyPart(surge.category)}`,
      source: 'complaints',
      finding: `${surge.category} is surging: ${surge.lastWeek} complaints in the last 7 days against ${surge.weeklyMean.toFixed(1)} a week in the ${surge.historyWeeks} weeks before (Poisson p = ${surge.pValue.toPrecision(2)})`,
      proposal: { quadrant: 'threat', text: `A surge of complaints about ${surge.category} (${surge.lastWeek} in the last 7 days)`, importance: 4, likelihood: 4 },
    });
  }
  return evidence;
}
