import { DEFAULT_STAFFING_MARGIN, parseStaffingMargin } from '../../../src/core/staffing/margin.js';
import { describe, expect, it } from 'vitest';
import { buildCheck } from '../../../src/core/check/check.js';
import type { ComplaintChange } from '../../../src/core/complaints/change.js';
import { categoryKey } from '../../../src/core/complaints/category.js';
import { changeComplaint, complaintStories, recordComplaint } from '../../../src/core/complaints/ledger.js';
import { complaintStats } from '../../../src/core/complaints/stats.js';
import { complaintTargets } from '../../../src/core/complaints/targets.js';
import { ledgerKpis, ledgerTargetResults } from '../../../src/core/ledger/target-kpis.js';
import { targetEvidence } from '../../../src/core/swot/evidence/targets.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { readTargets, writeTarget } from '../../../src/db/targets.js';
import { messages } from '../../../src/i18n/messages.js';
import { connection } from '../../../src/db/store.js';

/*
 * Which resolution target each complaint is held to, in the four set-ups of the charter.
 * Week Monday 2026-11-16 to Sunday 22 (UTC), hours from its start; now = h178 (Monday 23rd 10:00).
 *
 *       customer  category  received  resolved   hours  recurring (previous)
 *   R0  A         Billing   h-100     h-90        10    no            (before the week)
 *   D0  D         Staff     h-50      h-40        10    no            (before the week)
 *   O1  B         Billing   h0        h10         10    no
 *   O2  C         Delivery  h10       h70         60    no
 *   R1  A         Billing   h20       h50         30    yes (R0)
 *   R2  A         Billing   h40       h140       100    yes (R1: the latest earlier one, not R0)
 *   R3  D         Staff     h60       h65          5    yes (D0)
 *   R4  B         Billing   h118      open        60    yes (O1), open 60 h at now
 *
 * complaint_resolve_h <= 48 and recurring_resolve_h <= 24:
 *   both:            O1 met, O2 missed, R1 missed, R2 missed, R3 met, R4 missed → 2/6
 *   ordinary only:   the recurring are held to it too: O1 met, O2 missed, R1 met (30 ≤ 48),
 *                    R2 missed, R3 met, R4 missed (60 > 48) → 3/6
 *   recurring only:  O1, O2 are held to no target and left out: R1, R2, R4 missed, R3 met → 1/4
 *   none:            no complaint is held to a target → null
 * The KPIs the charter is held against (longest time to resolve, an open one with its age):
 *   complaint_resolve_h over those held to it: both / recurring only / none: O1, O2 → 60;
 *     ordinary only: all six → 100 (R2).
 *   recurring_resolve_h: R1, R2, R3, R4 → 100; ordinary only: none is held to it → null.
 * svc check lists R4 (open, 60 h) against the target it is held to: recurring_resolve_h in
 *   "both" and "recurring only", complaint_resolve_h in "ordinary only", nothing in "none".
 */
const H0 = Date.UTC(2026, 10, 16) / 1000;
const h = (hours: number) => H0 + hours * 3600;
const NOW = h(178);
const WEEK = { from: h(0), to: h(168) };
const resolve: ComplaintChange = { kind: 'resolve', resolution: 'done', rootCause: null, note: null };

function add(db: Store, customer: string, category: string, receivedH: number, resolvedH?: number): number {
  const id = recordComplaint(db, {
    externalId: null,
    customer,
    category,
    categoryKey: categoryKey(category),
    severity: 'medium',
    channel: null,
    callId: null,
    remedy: null,
    description: `complaint at h${receivedH}`,
    receivedAt: h(receivedH),
    recordedBy: 'ruth',
    recordedAt: h(receivedH),
  });
  if (resolvedH !== undefined) changeComplaint(db, id, resolve, 'dana', h(resolvedH));
  return id;
}

type SetUp = { complaint?: number; recurring?: number };

function history(setUp: SetUp): Store {
  const db = openStore(':memory:');
  connection(db).exec("INSERT INTO settings (key, value) VALUES ('timezone', 'UTC')");
  add(db, 'A', 'Billing', -100, -90);
  add(db, 'D', 'Staff', -50, -40);
  add(db, 'B', 'Billing', 0, 10);
  add(db, 'C', 'Delivery', 10, 70);
  add(db, 'A', 'Billing', 20, 50);
  add(db, 'A', 'Billing', 40, 140);
  add(db, 'D', 'Staff', 60, 65);
  add(db, 'B', 'Billing', 118);
  if (setUp.complaint !== undefined) writeTarget(db, { kpi: 'complaint_resolve_h', op: '<=', value: setUp.complaint }, '2026-11-01T00:00:00Z');
  if (setUp.recurring !== undefined) writeTarget(db, { kpi: 'recurring_resolve_h', op: '<=', value: setUp.recurring }, '2026-11-01T00:00:00Z');
  return db;
}

const SET_UPS: { name: string; setUp: SetUp; share: number | null; complaintKpi: number; recurringKpi: number | null; overdueAgainst: string[] }[] = [
  { name: 'both targets', setUp: { complaint: 48, recurring: 24 }, share: 2 / 6, complaintKpi: 60, recurringKpi: 100, overdueAgainst: ['recurring_resolve_h'] },
  { name: 'complaint_resolve_h alone', setUp: { complaint: 48 }, share: 3 / 6, complaintKpi: 100, recurringKpi: null, overdueAgainst: ['complaint_resolve_h'] },
  { name: 'recurring_resolve_h alone', setUp: { recurring: 24 }, share: 1 / 4, complaintKpi: 60, recurringKpi: 100, overdueAgainst: ['recurring_resolve_h'] },
  { name: 'no target', setUp: {}, share: null, complaintKpi: 60, recurringKpi: 100, overdueAgainst: [] },
];

describe('the resolution target each complaint is held to', () => {
  it('names the latest earlier complaint in the window as a recurring one’s previous', () => {
    const db = history({});
    const previous = complaintStories(db, NOW).map((story) => story.previousId);
    // R0, D0, O1, O2 recur after nothing; R1 after R0 (1), R2 after R1 (5), R3 after D0 (2), R4 after O1 (3).
    expect(previous).toEqual([null, null, null, null, 1, 5, 2, 3]);
  });

  for (const { name, setUp, share, complaintKpi, recurringKpi, overdueAgainst } of SET_UPS) {
    it(`${name}: the same rule in complaint stats, the charter's KPIs, svc check and SWOT evidence`, () => {
      const db = history(setUp);
      const stats = complaintStats(complaintStories(db, NOW), WEEK, { now: NOW, targets: complaintTargets(readTargets(db)) });
      expect(stats.totals.resolve_within_target).toBe(share);
      expect(stats.totals.received).toBe(6);

      const kpis = ledgerKpis(db, WEEK, NOW);
      expect({ complaint: kpis.complaint_resolve_h, recurring: kpis.recurring_resolve_h }).toEqual({ complaint: complaintKpi, recurring: recurringKpi });

      const check = buildCheck(db, { period: 'weekly', now: new Date(NOW * 1000), staffingMargin: parseStaffingMargin(DEFAULT_STAFFING_MARGIN) });
      expect(check.overdueComplaints.map((late) => [late.story.complaint.id, late.target.kpi, late.hours])).toEqual(overdueAgainst.map((kpi) => [8, kpi, 60]));
      const missed = check.targetsMissed.map((result) => result.kpi).sort();
      const expectedMissed = [...(setUp.complaint !== undefined ? ['complaint_resolve_h'] : []), ...(setUp.recurring !== undefined ? ['recurring_resolve_h'] : [])];
      expect(missed).toEqual(expectedMissed);

      const week = { fromDay: H0 / 86400, toDay: H0 / 86400 + 6, kind: 'weekly' as const };
      const evidence = targetEvidence(db, week, { ...WEEK, previousFrom: h(-168), previousTo: h(0), now: NOW, words: messages('en') });
      const findings = evidence.map((item) => item.finding);
      if (setUp.complaint !== undefined) expect(findings).toContain(`time to resolve a complaint: ${complaintKpi} h against the target <= 48 h, missed`);
      expect(ledgerTargetResults(db, WEEK, NOW).map((result) => result.value)).toEqual(
        [...(setUp.complaint !== undefined ? [complaintKpi] : []), ...(setUp.recurring !== undefined ? [recurringKpi] : [])],
      );
    });
  }
});
