import type { Store } from '../../../db/open.js';
import { firstComplaintAt } from '../../../db/complaints.js';
import { readSettings } from '../../../db/settings.js';
import { complaintCategories } from '../../complaints/categories.js';
import { isRecurring } from '../../complaints/elapsed.js';
import { complaintStories } from '../../complaints/ledger.js';
import { surgingCategories } from '../../complaints/surge.js';
import { within } from '../../ledger/window.js';
import { keyPart, type Evidence, type EvidenceWindow } from './evidence.js';

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
  const { words } = window;
  const evidence: Evidence[] = [];
  const before = new Map(complaintCategories(previous).map((category) => [category.category.toLowerCase(), category.complaints]));
  // A ledger that begins after the previous period's first day cannot say what that period held.
  const ledgerStart = firstComplaintAt(db);
  const comparable = ledgerStart !== null && ledgerStart < window.previousFrom + 86400;
  const partly = comparable ? '' : words.t('evidence.complaints.partly');
  // Surges are read at the end of the period (its last 7 days), not at the moment of the review.
  const surges = surgingCategories(db, Math.min(window.now, window.to - 1));
  for (const [rank, category] of complaintCategories(current).entries()) {
    const earlier = before.get(category.category.toLowerCase()) ?? 0;
    const rising = comparable && category.complaints >= earlier + 2 && category.complaints >= earlier * 1.5;
    if (rank >= TOP && !rising) continue;
    const item: Evidence = {
      key: `complaints-${keyPart(category.category)}`,
      source: 'complaints',
      finding: words.plural('evidence.complaints.category', category.complaints, { category: category.category, earlier, partly }),
    };
    if (rising && !surges.some((surge) => surge.category.toLowerCase() === category.category.toLowerCase())) {
      item.proposal = { quadrant: 'threat', text: words.t('evidence.complaints.rising', { category: category.category, earlier, now: category.complaints }), importance: 4, likelihood: 4 };
    } else if (rank === 0 && category.complaints >= MIN_TOP && category.complaints >= TOP_SHARE * current.length) {
      item.proposal = { quadrant: 'weakness', text: words.t('evidence.complaints.most', { category: category.category, count: category.complaints, total: current.length }), importance: 4, likelihood: null };
    }
    evidence.push(item);
  }
  const recurring = current.filter(isRecurring);
  if (recurring.length > 0) {
    const days = readSettings(db).complaint_recurring_days;
    evidence.push({
      key: 'complaints-recurring',
      source: 'complaints',
      finding: words.plural('evidence.complaints.recurring', recurring.length, { total: current.length, days }),
      proposal: { quadrant: 'weakness', text: words.plural('evidence.complaints.comeBack', recurring.length, { days }), importance: 5, likelihood: null },
    });
  }
  for (const surge of surges) {
    evidence.push({
      key: `complaints-surge-${keyPart(surge.category)}`,
      source: 'complaints',
      finding: words.t('evidence.complaints.surging', { category: surge.category, lastWeek: surge.lastWeek, mean: surge.weeklyMean.toFixed(1), weeks: surge.historyWeeks, p: surge.pValue.toPrecision(2) }),
      proposal: { quadrant: 'threat', text: words.t('evidence.complaints.surge', { category: surge.category, lastWeek: surge.lastWeek }), importance: 4, likelihood: 4 },
    });
  }
  return evidence;
}
