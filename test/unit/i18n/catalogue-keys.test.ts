import { describe, expect, it } from 'vitest';
import { CALL_KPIS } from '../../../src/core/kpi/catalogue.js';
import '../../../src/core/ledger/target-kpis.js';
import { EVENT_KINDS } from '../../../src/core/listening/events.js';
import { SURVEY_BREAKDOWNS } from '../../../src/core/survey/report.js';
import { NPS_BANDS } from '../../../src/core/survey/responses.js';
import { QUADRANTS } from '../../../src/core/swot/swot.js';
import { SEVERITIES } from '../../../src/core/complaints/complaint.js';
import { POLARITIES } from '../../../src/core/listening/polarity.js';
import { IDEA_STATUSES } from '../../../src/core/listening/idea-status.js';
import { targetKpis } from '../../../src/core/targets/catalogue.js';
import { CATALOGUES } from '../../../src/i18n/messages.js';

/**
 * Keys the code builds from a value (a quadrant, a KPI, a band): the compiler cannot see them,
 * so each value of each list is looked up here, in both languages.
 */
describe('the keys built from values', () => {
  const built = [
    ...CALL_KPIS.map(({ key }) => `evidence.kpi.${key}`),
    ...targetKpis().map(({ key }) => `evidence.kpi.${key}`),
    ...EVENT_KINDS.map((kind) => `evidence.event.kind.${kind}`),
    ...SURVEY_BREAKDOWNS.map((by) => `report.survey.by.${by}`),
    ...NPS_BANDS.map((band) => `survey.band.${band}`),
    ...QUADRANTS.flatMap((quadrant) => [`page.swot.quadrants.${quadrant}`, `swot.quadrant.${quadrant}`, `page.swot.count.${quadrant}.one`, `page.swot.count.${quadrant}.other`]),
    ...['open', 'done', 'not_done'].map((outcome) => `page.swot.outcome.${outcome}`),
    ...['added', 'dropped', 'rescored', 'unchanged'].map((change) => `page.swot.change.${change}`),
    ...['nps', 'csat', 'ces'].map((kind) => `report.survey.trendChart.${kind}`),
    ...['csat', 'nps', 'ces', 'servqual', 'custom'].map((kind) => `survey.kind.${kind}`),
    ...['id', 'kind', 'title', 'items', 'responses'].map((key) => `survey.list.${key}`),
    ...['id', 'created_at', 'title', 'from', 'to', 'strengths', 'weaknesses', 'opportunities', 'threats', 'strategies'].map((key) => `swot.list.${key}`),
    ...[0, 1, 2, 3, 4, 5, 6].map((day) => `date.weekday.${day}`),
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((month) => `date.month.${month}`),
    ...['d', 'h', 'min', 's'].map((unit) => `duration.part.${unit}`),
    ...['keep', 'break', 'cancel', 'note'].map((kind) => `confirm.commitment.${kind}`),
    ...SEVERITIES.map((severity) => `confirm.severity.${severity}`),
    ...POLARITIES.map((polarity) => `confirm.polarity.${polarity}`),
    ...IDEA_STATUSES.filter((status) => status !== 'proposed').map((status) => `confirm.idea.${status}`),
    ...['defined', 'redefined', 'unchanged'].map((status) => `confirm.instrument.${status}`),
    ...['flagged', 'unflagged'].map((action) => `confirm.customer.${action}`),
    ...['group', 'date', 'topic', 'participants', 'finding_id', 'polarity', 'finding'].map((key) => `focus.list.${key}`),
    ...['id', 'from', 'to', 'kind', 'what', 'offered', 'abandoned', 'abandon_rate', 'complaints'].flatMap((key) => [`event.list.${key}`, ...(['id', 'from', 'to', 'kind', 'what'].includes(key) ? [] : [`event.list.${key}_before`])]),
    ...['id', 'proposed_at', 'author', 'idea', 'status', 'decided_at', 'decided_by', 'note'].map((key) => `idea.list.${key}`),
    ...IDEA_STATUSES.map((status) => `idea.status.${status}`),
    ...['received', 'acknowledged', 'reopened', 'resolved', 'closed'].map((status) => `check.where.${status}`),
    ...['acknowledgement', 'resolution'].map((waiting) => `check.waiting.${waiting}`),
  ];

  it('are in the English and the Hebrew catalogue', () => {
    expect(built.filter((key) => !(key in CATALOGUES.en))).toEqual([]);
    expect(built.filter((key) => !(key in CATALOGUES.he))).toEqual([]);
  });
});
